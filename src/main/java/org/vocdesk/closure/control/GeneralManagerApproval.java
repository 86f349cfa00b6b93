package org.vocdesk.closure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.complaint.control.ClosureBlocker;
import org.vocdesk.complaint.control.ClosureCondition;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.signature.boundary.SignatureCheck;
import org.vocdesk.signature.boundary.Signatures;
import org.vocdesk.signature.entity.SignatureMeaning;

import java.util.List;
import java.util.Optional;

/**
 * A major complaint closes only with the general manager's approval, signed over this round's closure content
 * and still valid: an approval whose content changed since (TAMPERED) does not count.
 */
@ApplicationScoped
public class GeneralManagerApproval implements ClosureCondition {

    @Inject
    Signatures signatures;

    @Override
    public Optional<ClosureBlocker> blocker(Complaint complaint) {
        return complaint.isMajor()
                ? blocker(signatures.check(ClosureContent.subject(complaint), ClosureContent.of(complaint)))
                : Optional.empty();
    }

    /** Given the checked signatures of this round's closure content. */
    static Optional<ClosureBlocker> blocker(List<SignatureCheck> signed) {
        List<SignatureCheck> approvals = signed.stream().filter(s -> s.is(SignatureMeaning.APPROVED, Role.GENERAL_MANAGER)).toList();
        if (approvals.stream().anyMatch(SignatureCheck::valid)) {
            return Optional.empty();
        }
        return Optional.of(new ClosureBlocker(approvals.isEmpty() ? "closure.gate.approvalMissing" : "closure.gate.approvalTampered"));
    }
}
