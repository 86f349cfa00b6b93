package org.vocdesk.capa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.capa.entity.ApprovalSubject;
import org.vocdesk.capa.entity.CapaStatus;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.capa.entity.ReviewMeeting;
import org.vocdesk.complaint.control.ClosureBlocker;
import org.vocdesk.complaint.control.ClosureCondition;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.Validity;

import java.util.Optional;

/**
 * A complaint with an 8D report closes only when its analysis and measures are signed and reviewed, every
 * review meeting is countersigned, and the CAPA was verified effective. A valid complaint whose category
 * requires an 8D (product problems) also needs the report itself, completed up to D8. Other complaints
 * without an 8D report (service, price, ...) are not held back here.
 */
@ApplicationScoped
public class CapaClosureCondition implements ClosureCondition {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ClosureBlocker> blocker(Complaint complaint) {
        return blocker(complaint, em.createQuery("select r from EightDReport r where r.complaint.id = :id", EightDReport.class)
                .setParameter("id", complaint.getId()).getResultStream().findFirst());
    }

    /** The rule itself, given the complaint's 8D report if it has one. */
    public static Optional<ClosureBlocker> blocker(Complaint complaint, Optional<EightDReport> found) {
        boolean required = complaint.getValidity() == Validity.VALID && complaint.getCategory().isRequires8d();
        if (found.isEmpty()) {
            return required ? Optional.of(new ClosureBlocker("capa.closure.eightDMissing")) : Optional.empty();
        }
        EightDReport report = found.get();
        if (required && !report.isComplete()) {
            return Optional.of(new ClosureBlocker("capa.closure.eightDIncomplete"));
        }
        for (ApprovalSubject subject : ApprovalSubject.values()) {
            if (!report.isFullyApproved(subject)) {
                return Optional.of(new ClosureBlocker("capa.closure.unsigned." + subject.name()));
            }
        }
        if (!report.getMeetings().stream().allMatch(ReviewMeeting::isAgreed)) {
            return Optional.of(new ClosureBlocker("capa.closure.meetingUnsigned"));
        }
        if (report.getCapa().getStatus() != CapaStatus.EFFECTIVE) {
            return Optional.of(new ClosureBlocker("capa.closure.notVerified", report.getCapa().getStatus()));
        }
        return Optional.empty();
    }
}
