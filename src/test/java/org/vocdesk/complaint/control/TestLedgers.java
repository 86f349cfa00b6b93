package org.vocdesk.complaint.control;

import jakarta.persistence.EntityManager;

/** Ledgers for tests outside a container, with the caller's visibility fixed (CDI would give the request's). */
public final class TestLedgers {

    private TestLedgers() {
    }

    public static ComplaintLedger seeing(Visibility visibility, EntityManager em) {
        ComplaintLedger ledger = new ComplaintLedger();
        ledger.em = em;
        ledger.callers = callers(visibility);
        return ledger;
    }

    /** A caller who sees what the visibility allows. */
    public static CallerVisibility callers(Visibility visibility) {
        return new CallerVisibility() {
            @Override
            public Visibility current() {
                return visibility;
            }
        };
    }

    public static ComplaintLedger seeingAll(EntityManager em) {
        return seeing(Visibility.everything(), em);
    }
}
