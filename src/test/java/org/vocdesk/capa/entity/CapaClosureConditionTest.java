package org.vocdesk.capa.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.capa.control.CapaClosureCondition;
import org.vocdesk.complaint.control.ClosureBlocker;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.IntakeDetails;
import org.vocdesk.complaint.entity.Urgency;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which complaints the 8D holds back from closing: product problems need a complete, verified 8D report. */
class CapaClosureConditionTest {

    private final CapaFixtures f = new CapaFixtures();

    private Optional<String> blocker(Complaint complaint, EightDReport report) {
        return CapaClosureCondition.blocker(complaint, Optional.ofNullable(report)).map(ClosureBlocker::messageKey);
    }

    @Test
    void aValidProductComplaintWithoutAnEightDReportCannotClose() {
        f.complaint.getCategory().requireEightD(true);
        assertThat(blocker(f.complaint, null)).contains("capa.closure.eightDMissing");
    }

    @Test
    void aComplaintWhoseCategoryNeedsNoEightDIsNotHeldBackWithoutAReport() {
        assertThat(blocker(f.complaint, null)).isEmpty();
    }

    @Test
    void anInvalidProductComplaintNeedsNoEightD() {
        f.complaint.getCategory().requireEightD(true);
        Complaint invalid = new Complaint("CF2025050002", new IntakeDetails(Channel.PHONE, FeedbackType.COMPLAINT, 1L, null, false, "Li",
                null, null, "Housing H-200", null, "B2405", 12, "外壳摔坏 broken in transport", null, Urgency.LOW,
                CapaFixtures.NOW.minusSeconds(3600), Set.of()), f.complaint.getCategory(), null, "li", CapaFixtures.NOW);
        invalid.planDeadlines("CN", CapaFixtures.NOW.plusSeconds(3600), CapaFixtures.NOW.plusSeconds(7200), "li", CapaFixtures.NOW);
        invalid.triageAsInvalid(f.quality, "运输损坏 damaged by the carrier", CapaFixtures.NOW);
        assertThat(blocker(invalid, null)).isEmpty();
    }

    @Test
    void aProductComplaintWaitsForDEightThenForTheVerification() {
        f.complaint.getCategory().requireEightD(true);
        f.completeUpTo(Discipline.D7);
        assertThat(blocker(f.complaint, f.report)).contains("capa.closure.eightDIncomplete");

        f.report.recognize(f.handler, "表彰8D小组");
        f.report.complete(f.handler, Discipline.D8, f.later());
        assertThat(blocker(f.complaint, f.report)).contains("capa.closure.notVerified");

        f.report.verifyEffectiveness(true, "三个月无同类投诉", f.quality, f.later());
        assertThat(blocker(f.complaint, f.report)).isEmpty();
    }
}
