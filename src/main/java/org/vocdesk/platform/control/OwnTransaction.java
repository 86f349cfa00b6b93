package org.vocdesk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own that has committed when the call returns, for callers that go on to read
 * what only the commit writes (a complaint's number, given inside PostgreSQL's COMMIT). A runtime exception rolls
 * the work back and reaches the caller unchanged.
 */
@ApplicationScoped
public class OwnTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
