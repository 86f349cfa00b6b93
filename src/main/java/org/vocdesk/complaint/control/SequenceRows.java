package org.vocdesk.complaint.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a month's counter row in a transaction of its own, so that two servers starting a new month
 * at once both end up using the one row: the insert of the loser fails on the primary key (the caller
 * ignores that) and it then finds the winner's row.
 */
@Stateless
public class SequenceRows {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String period) {
        if (((Number) em.createNativeQuery("select count(*) from complaint_sequence where period = ?1")
                .setParameter(1, period).getSingleResult()).intValue() == 0) {
            em.createNativeQuery("insert into complaint_sequence (period, last_value) values (?1, 0)")
                    .setParameter(1, period).executeUpdate();
        }
    }
}
