package org.vocdesk.closure.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.control.ClosureBlocker;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.signature.boundary.SignatureCheck;
import org.vocdesk.signature.entity.SignatureMeaning;
import org.vocdesk.signature.entity.SignatureStatus;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GeneralManagerApprovalTest {

    @Test
    void aValidApprovalOfTheGeneralManagerLetsTheMajorComplaintClose() {
        assertThat(GeneralManagerApproval.blocker(List.of(signed(Role.GENERAL_MANAGER, SignatureMeaning.APPROVED, SignatureStatus.VALID)))).isEmpty();
    }

    @Test
    void otherRolesOrMeaningsDoNotCount() {
        assertThat(GeneralManagerApproval.blocker(List.of(
                signed(Role.QUALITY_MANAGER, SignatureMeaning.APPROVED, SignatureStatus.VALID),
                signed(Role.GENERAL_MANAGER, SignatureMeaning.REVIEWED, SignatureStatus.VALID))))
                .map(ClosureBlocker::messageKey).contains("closure.gate.approvalMissing");
        assertThat(GeneralManagerApproval.blocker(List.of())).map(ClosureBlocker::messageKey).contains("closure.gate.approvalMissing");
    }

    @Test
    void anApprovalOfContentThatChangedSinceBlocksAndSaysSo() {
        assertThat(GeneralManagerApproval.blocker(List.of(signed(Role.GENERAL_MANAGER, SignatureMeaning.APPROVED, SignatureStatus.TAMPERED))))
                .map(ClosureBlocker::messageKey).contains("closure.gate.approvalTampered");
    }

    private static SignatureCheck signed(Role role, SignatureMeaning meaning, SignatureStatus status) {
        return new SignatureCheck(1, ClosureContent.SUBJECT_TYPE, 5, 1, "u", "U", role, meaning, null, Instant.EPOCH, "h", status);
    }
}
