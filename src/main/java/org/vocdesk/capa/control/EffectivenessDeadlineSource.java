package org.vocdesk.capa.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.capa.entity.CapaStatus;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.escalation.control.DeadlineSource;
import org.vocdesk.escalation.entity.WatchedDeadline;
import org.vocdesk.escalation.entity.WatchedSubject;

import java.util.List;
import java.util.Optional;

/** The scheduled effectiveness check of a CAPA (subject id: the 8D report), owed by the quality department. */
@ApplicationScoped
public class EffectivenessDeadlineSource implements DeadlineSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String subjectType() {
        return CapaDeadlineKinds.REVIEW_SUBJECT;
    }

    @Override
    public Optional<WatchedSubject> find(long id) {
        EightDReport report = em.find(EightDReport.class, id);
        if (report == null) {
            return Optional.empty();
        }
        Complaint c = report.getComplaint();
        var capa = report.getCapa();
        List<WatchedDeadline> deadlines = capa.getVerificationDue() == null ? List.of()
                : List.of(new WatchedDeadline(CapaDeadlineKinds.CAPA_EFFECTIVENESS, null, capa.getFixedAt(), capa.getVerificationDue(),
                capa.getStatus() == CapaStatus.VERIFICATION_PENDING));
        return Optional.of(new WatchedSubject(subjectType(), id, c.getNumber() + " CAPA", CapaDeadlineKinds.link(c.getId()),
                c.getCalendarCode(), null, c.getDepartment() == null ? null : c.getDepartment().getId(), deadlines));
    }
}
