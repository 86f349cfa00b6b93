package org.vocdesk.complaint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Asks every {@link ClosureCondition} whether a complaint may close. */
@ApplicationScoped
public class ClosureGate {

    @Inject
    @Any
    Instance<ClosureCondition> conditions;

    /** Everything still missing, in a stable order (empty: the complaint may close). */
    public List<ClosureBlocker> blockers(Complaint complaint) {
        return blockers(conditions.stream(), complaint);
    }

    static List<ClosureBlocker> blockers(Stream<ClosureCondition> conditions, Complaint complaint) {
        return conditions.map(condition -> condition.blocker(complaint)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(ClosureBlocker::messageKey)).toList();
    }

    /** Refuses (conflict, nothing changed) with the first thing missing. */
    public void requireMayClose(Complaint complaint) {
        requireNone(blockers(complaint));
    }

    static void requireNone(List<ClosureBlocker> blockers) {
        blockers.stream().findFirst().ifPresent(blocker -> {
            throw BusinessException.conflict(blocker.messageKey(), blocker.arguments());
        });
    }
}
