package org.vocdesk.complaint.control;

import jakarta.persistence.EntityManager;

/** Ledgers for tests outside a container, with the caller's visibility fixed (CDI would give the request's). */
public final class TestLedgers {

    private TestLedgers() {
    }

    public static ComplaintLedger seeing(Visibility visibility, EntityManager em) {
        ComplaintLedger ledger = new ComplaintLedger();
        ledger.em = em;
        ledger.callers = new CallerVisibility() {
            @Override
            public Visibility current() {
                return visibility;
            }
        };
        return ledger;
    }

    public static ComplaintLedger seeingAll(EntityManager em) {
        return seeing(Visibility.everything(), em);
    }
}
