package org.vocdesk.escalation.control;

import org.vocdesk.escalation.entity.WatchedSubject;

import java.util.Collection;
import java.util.Optional;

/**
 * A kind of record whose deadlines escalate (complaints today; 8D steps, actions, surveys later). A feature
 * plugs in by providing one CDI bean implementing this; the engine finds it by {@link #subjectType()}.
 */
public interface DeadlineSource {

    String subjectType();

    /** The record as it is now, or empty when it no longer exists (its pending steps are then cancelled). */
    Optional<WatchedSubject> find(long id);

    /** Loads many records into the transaction at once before {@link #find} is called for each (a batch of steps). */
    default void prefetch(Collection<Long> ids) {
    }
}
