package org.vocdesk.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the shared test server when the JUnit launcher session ends (after the last test class).
 * Registered through META-INF/services; in unit-test runs the server never started and this does nothing.
 */
public class TestServerSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestServer.stop();
    }
}
