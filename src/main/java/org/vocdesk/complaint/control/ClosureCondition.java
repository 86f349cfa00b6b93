package org.vocdesk.complaint.control;

import org.vocdesk.complaint.entity.Complaint;

import java.util.Optional;

/**
 * One thing a complaint needs before it may close (customer informed, general manager approval, actions
 * verified, ...). Any feature contributes one by writing a CDI bean that implements this interface; every
 * close (by staff or by the customer's confirmation link) asks all of them in the closing transaction, after
 * the complaint's own rules passed: a blocker rolls the whole close back.
 */
public interface ClosureCondition {

    /** Empty when this condition lets the complaint close; otherwise why not, as a message key with arguments. */
    Optional<ClosureBlocker> blocker(Complaint complaint);
}
