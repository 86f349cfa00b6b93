package org.vocdesk.capa.entity;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintEvent;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.escalation.entity.EscalationLevel;
import org.vocdesk.escalation.entity.EscalationPlan;
import org.vocdesk.escalation.entity.EscalationRule;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.it.MigratedSchema;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** V600 on an in-memory H2 with Hibernate validating the capa entities, and the escalation rules of its deadline kinds. */
class CapaSchemaTest {

    private static SessionFactory sessions;

    @BeforeAll
    static void migrateAndValidate() {
        sessions = MigratedSchema.withComplaints("capa-schema", EightDReport.class, EightDStep.class, WhyChain.class, FishboneCause.class,
                ReviewMeeting.class, MeetingAttendee.class, Approval.class, Capa.class, CapaAction.class, Evidence.class,
                EvidenceContent.class, CustomerDeadline.class, EscalationRule.class);
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void everyCapaDeadlineKindHasAnEscalationChain() {
        sessions.inTransaction(session -> {
            List<EscalationRule> all = session.createSelectionQuery("from EscalationRule", EscalationRule.class).getResultList();
            for (String kind : List.of("EIGHT_D_STEP", "CAPA_ACTION")) {
                assertThat(EscalationPlan.chainFor(all.stream().filter(r -> r.getKind().equals(kind)).toList(), "ANY"))
                        .extracting(EscalationRule::getLevel).containsExactly(EscalationLevel.values());
            }
            assertThat(EscalationPlan.chainFor(all.stream().filter(r -> r.getKind().equals("CAPA_EFFECTIVENESS")).toList(), "ANY"))
                    .extracting(EscalationRule::getLevel).containsExactly(EscalationLevel.QUALITY_MANAGER, EscalationLevel.GENERAL_MANAGER);
        });
    }
}
