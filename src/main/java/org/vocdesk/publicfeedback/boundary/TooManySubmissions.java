package org.vocdesk.publicfeedback.boundary;

import jakarta.ejb.ApplicationException;

import java.time.Duration;

/** The client sent more feedback than the rate limit allows; it may try again after {@link #retryAfter()}. */
@ApplicationException(rollback = true)
public class TooManySubmissions extends RuntimeException {

    private final Duration retryAfter;

    public TooManySubmissions(Duration retryAfter) {
        super("Too many public submissions; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }

    /** Whole minutes, rounded up, for the message to a person. */
    public long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }
}
