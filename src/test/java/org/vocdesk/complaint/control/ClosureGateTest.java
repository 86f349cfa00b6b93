package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosureGateTest {

    final ClosureCondition informed = complaint -> Optional.empty();
    final ClosureCondition approval = complaint -> Optional.of(new ClosureBlocker("closure.gate.approvalMissing"));
    final ClosureCondition actions = complaint -> Optional.of(new ClosureBlocker("capa.gate.actionsOpen", 2));

    @Test
    void everyConditionIsAskedAndItsBlockersListedInAStableOrder() {
        List<ClosureBlocker> blockers = ClosureGate.blockers(Stream.of(approval, informed, actions), null);
        assertThat(blockers).extracting(ClosureBlocker::messageKey).containsExactly("capa.gate.actionsOpen", "closure.gate.approvalMissing");
        assertThat(ClosureGate.blockers(Stream.of(informed), null)).isEmpty();
    }

    @Test
    void closingIsRefusedWithTheFirstBlockerAsAConflict() {
        assertThatThrownBy(() -> ClosureGate.requireNone(ClosureGate.blockers(Stream.of(approval, actions), null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                    assertThat(e.key()).isEqualTo("capa.gate.actionsOpen");
                    assertThat(e.arguments()).containsExactly(2);
                });
        ClosureGate.requireNone(List.of());
    }

    @Test
    void blockersAreLocalized() {
        ClosureBlocker blocker = new ClosureBlocker("closure.gate.approvalMissing");
        assertThat(blocker.text(Messages.CHINESE)).contains("总经理");
        assertThat(blocker.text(Messages.ENGLISH)).contains("general manager");
    }
}
