package org.vocdesk.kpi.control;

import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.kpi.entity.SummaryRow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the monthly KPI summary with every write of a complaint, in the writing transaction: the complaint's share
 * before (the old state) is taken off its group and its share after is added, applied just before the
 * transaction completes (after Hibernate's last flush); on PostgreSQL the database folds the change in inside the
 * COMMIT (V1241), so a summary row is locked only while the database commits.
 * Works on the entity's states, so no caller has to remember it; writes that bypass Hibernate (SQL by hand) must
 * rebuild the summary (KpiSummaryStore#rebuild).
 */
public class KpiSummaryListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final ZoneId zone;

    public KpiSummaryListener(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Complaint) {
            apply(event.getSession(), null, row(event.getPersister(), event.getState(), event.getSession()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Complaint) {
            if (event.getOldState() == null) {
                throw new IllegalStateException("A complaint was updated without its previous state: the KPI summary cannot follow");
            }
            apply(event.getSession(), row(event.getPersister(), event.getOldState(), event.getSession()),
                    row(event.getPersister(), event.getState(), event.getSession()));
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Complaint) {
            apply(event.getSession(), row(event.getPersister(), event.getDeletedState(), event.getSession()), null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void apply(EventSource session, SummaryRow before, SummaryRow after) {
        List<SummaryRow> changes = KpiSummaryStore.changes(before, after);
        if (!changes.isEmpty()) {
            session.getActionQueue().registerProcess(s -> s.doWork(connection -> KpiSummaryStore.add(connection, changes)));
        }
    }

    private SummaryRow row(EntityPersister persister, Object[] state, SharedSessionContractImplementor session) {
        String[] names = persister.getPropertyNames();
        java.util.function.Function<String, Object> value = name -> state[Arrays.asList(names).indexOf(name)];
        return SummaryRow.of(new SummaryRow.Complaint((Instant) value.apply("receivedAt"), id(value.apply("department"), session),
                id(value.apply("category"), session), name(value.apply("priority")), id(value.apply("customer"), session),
                name(value.apply("status")), name(value.apply("validity")), Boolean.TRUE.equals(value.apply("major")),
                (String) value.apply("majorReasons"), Boolean.TRUE.equals(value.apply("repeat")), (Instant) value.apply("firstReplyDue"),
                (Instant) value.apply("responseDue"), (Instant) value.apply("firstRepliedAt"), (Instant) value.apply("closedAt"),
                (Long) value.apply("handlingSeconds")), zone);
    }

    private static Long id(Object entity, SharedSessionContractImplementor session) {
        if (entity == null) {
            return null;
        }
        Object id = entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getInternalIdentifier()
                : session.getFactory().getPersistenceUnitUtil().getIdentifier(entity);
        return id == null ? null : ((Number) id).longValue();
    }

    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
