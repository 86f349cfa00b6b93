package org.vocdesk.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.complaint.control.ComplaintNumbers;
import org.vocdesk.complaint.control.DeadlineCalculator;
import org.vocdesk.complaint.control.HandlingTimes;
import org.vocdesk.complaint.control.RepeatDetector;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.IntakeDetails;
import org.vocdesk.customer.entity.Customer;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Stores a planned demo complaint through the complaint feature's own code (numbers of the month it was
 * recorded in, deadlines on the calendar, repeat detection, the entity's state changes), with every step
 * at its historic instant so the timeline reads as if it had happened then.
 */
@ApplicationScoped
public class DemoComplaintWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintNumbers numbers;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    RepeatDetector repeats;

    @Inject
    HandlingTimes handlingTimes;


    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    public Complaint write(DemoComplaint plan, DemoReferences refs) {
        Category category = refs.category(plan.categoryCode());
        Customer customer = refs.customer(plan.customerCode());
        IntakeDetails details = new IntakeDetails(plan.channel(), plan.type(), category.getId(),
                customer == null ? null : customer.getId(), plan.anonymous(), plan.contactName(), plan.contactPhone(), null,
                plan.product(), plan.orderNo(), plan.batchNo(), plan.quantity(), plan.words(), plan.keyDetails(),
                plan.urgency(), plan.receivedAt(), plan.majorReasons());
        YearMonth month = YearMonth.from(plan.recordedAt().atZone(ZoneId.of(zone)));
        Complaint complaint = new Complaint(numbers.next(month), details, category, customer, plan.recordedBy(), plan.recordedAt());
        deadlines.plan(complaint, plan.recordedBy());
        em.persist(complaint);
        repeats.earlierOf(complaint).ifPresent(complaint::markRepeatOf);
        for (DemoStep step : plan.steps()) {
            apply(complaint, plan, step, refs);
        }
        handlingTimes.measure(complaint);
        return complaint;
    }

    private void apply(Complaint complaint, DemoComplaint plan, DemoStep step, DemoReferences refs) {
        Actor actor = refs.actor(step.actor());
        Instant at = step.at();
        switch (step.kind()) {
            case TRIAGE_VALID -> {
                complaint.triageAsValid(actor, step.priority(), plan.majorReasons(), refs.department(step.departmentCode()),
                        refs.user(DemoStaff.handlerOf(step.departmentCode())), step.text(), at);
                if (complaint.getPriority() != complaint.getInitialUrgency()) {
                    deadlines.plan(complaint, actor.username(), at);
                }
            }
            case TRIAGE_INVALID -> complaint.triageAsInvalid(actor, step.text(), at);
            case FIRST_REPLY -> complaint.recordFirstReply(actor, at, step.text(), at);
            case START_INVESTIGATION -> complaint.startInvestigation(actor, step.text(), at);
            case REQUEST_CONFIRMATION -> complaint.requestConfirmation(actor, step.text(), at);
            case CLOSE -> complaint.close(actor, step.text(), at);
        }
    }

}
