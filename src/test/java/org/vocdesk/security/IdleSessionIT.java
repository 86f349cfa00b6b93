package org.vocdesk.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.OwnServer;
import org.vocdesk.it.ServerNode;
import org.vocdesk.it.TestUsers;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session left idle longer than {@code vocdesk.session.idle-minutes} ends: the next page asks to log in again,
 * while a session in use stays. A server of its own with one minute (the shared server keeps the default 30), on an
 * H2 database of its own.
 */
@OwnServer
class IdleSessionIT {

    private static ServerNode node;

    @BeforeAll
    static void serverWithOneIdleMinute() {
        ServerNode.onlyInTheH2Phase();
        Path dir = Path.of("target/it-idle-session");
        Map<String, String> env = new HashMap<>(ServerNode.h2(dir));
        env.put("VOCDESK_SESSION_IDLE_MINUTES", "1");
        node = new ServerNode(ServerNode.port(0), dir, false, env);
        node.start(null);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void aSessionIdleLongerThanTheLimitEndsAndOneInUseStays() throws InterruptedException {
        TestUsers.TestUser clerk = node.user(null, "CLERK");
        WebSession idle = new WebSession(node.baseUrl());
        WebSession busy = new WebSession(node.baseUrl());
        for (WebSession web : new WebSession[] {idle, busy}) {
            assertThat(web.login(clerk.username(), clerk.password()).statusCode()).isEqualTo(302);
            assertThat(web.get("/index.xhtml").statusCode()).isEqualTo(200);
        }

        for (int i = 0; i < 3; i++) { // the busy one is used every 25 s, the idle one not for 75 s
            Thread.sleep(Duration.ofSeconds(25).toMillis());
            assertThat(busy.get("/index.xhtml").statusCode()).as("a session in use after %d s", (i + 1) * 25).isEqualTo(200);
        }
        HttpResponse<String> afterIdle = idle.get("/index.xhtml");
        assertThat(afterIdle.statusCode()).as("75 s idle with a one-minute limit").isEqualTo(302);
        assertThat(afterIdle.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
    }
}
