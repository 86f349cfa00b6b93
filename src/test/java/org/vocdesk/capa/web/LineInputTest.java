package org.vocdesk.capa.web;

import org.junit.jupiter.api.Test;
import org.vocdesk.capa.entity.DocumentType;
import org.vocdesk.capa.entity.DocumentUpdate;
import org.vocdesk.capa.entity.SuspectStock;
import org.vocdesk.capa.entity.TeamMember;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 8D page's list fields typed as lines round-trip, and typing errors are refused with a clear message. */
class LineInputTest {

    @Test
    void teamStockAndDocumentsRoundTrip() {
        List<TeamMember> team = LineInput.team("* 王工 | 质量工程师\n\n 孙经理|生产经理 ");
        assertThat(team).extracting(TeamMember::getName, TeamMember::isLeader).containsExactly(
                org.assertj.core.groups.Tuple.tuple("王工", true), org.assertj.core.groups.Tuple.tuple("孙经理", false));
        assertThat(LineInput.team(LineInput.team(team))).usingRecursiveFieldByFieldElementComparator().isEqualTo(team);

        List<SuspectStock> stock = LineInput.stock("成品仓 | 300 | 300 | 2\n在途 | 120 | |");
        assertThat(stock.get(0).isSorted()).isTrue();
        assertThat(stock.get(1).getChecked()).isNull();
        assertThat(LineInput.stock(stock)).isEqualTo("成品仓 | 300 | 300 | 2\n在途 | 120 |  | ");

        List<DocumentUpdate> documents = LineInput.documents("fmea | PFMEA-H200 | C\ncontrol plan | CP-7 |");
        assertThat(documents).extracting(DocumentUpdate::getType).containsExactly(DocumentType.FMEA, DocumentType.CONTROL_PLAN);
        assertThat(documents.get(1).getRevision()).isNull();
    }

    @Test
    void typingErrorsAreRefused() {
        assertThatThrownBy(() -> LineInput.stock("成品仓 | many")).isInstanceOf(BusinessException.class)
                .extracting("key").isEqualTo("capa.input.number");
        assertThatThrownBy(() -> LineInput.documents("SOP | 1 | A")).isInstanceOf(BusinessException.class)
                .extracting("key").isEqualTo("capa.input.documentType");
        assertThatThrownBy(() -> LineInput.team("王工")).isInstanceOf(BusinessException.class)
                .extracting("key").isEqualTo("capa.team.roleRequired");
    }
}
