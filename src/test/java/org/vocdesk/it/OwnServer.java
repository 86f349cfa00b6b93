package org.vocdesk.it;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that starts Payara Micro of its own ({@link ServerNode}). Much of its time is spent waiting (idle
 * limits, timers that must fire or stay quiet), so it runs beside the classes of the shared {@link TestServer} instead
 * of after them; such classes run one at a time, because they share the node ports. The failsafe plugin switches
 * JUnit's parallel execution on; every class without this annotation keeps running one after another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("vocdesk.test.nodePorts")
public @interface OwnServer {
}
