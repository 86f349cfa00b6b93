package org.vocdesk.it;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro of a test's own, unlike the shared {@link TestServer}: for tests that restart or kill a
 * server, run two servers on one database, or move a server's clock (the test clock is switched on with both
 * the system property and the marker file it requires). Ports: {@code vocdesk.test.nodePorts} (18110,18111).
 */
public final class ServerNode {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("vocdesk.test.readyTimeout", 600));

    private final int port;
    private final Path workDir;
    private final Map<String, String> env;
    private final boolean testClock;
    private Process process;
    private String adminToken;

    public ServerNode(int port, Path workDir, boolean testClock, Map<String, String> env) {
        this.port = port;
        this.workDir = workDir.toAbsolutePath();
        this.testClock = testClock;
        this.env = Map.copyOf(env);
    }

    /** The n-th port (0, 1) given to this suite's own servers. */
    public static int port(int n) {
        String[] ports = System.getProperty("vocdesk.test.nodePorts", "18110,18111").split(",");
        return Integer.parseInt(ports[n].strip());
    }

    /**
     * For classes whose node always runs on its own H2 database: they run in the H2 phase only, because in the
     * PostgreSQL phase (-Dvocdesk.test.dbUrl) they would repeat exactly what they did, boots included.
     */
    public static void onlyInTheH2Phase() {
        Assumptions.assumeTrue(System.getProperty("vocdesk.test.dbUrl", "").isBlank(),
                "runs on an H2 database of its own: already run in the H2 phase");
    }

    /** An H2 file database in the directory, kept across restarts of the node. */
    public static Map<String, String> h2(Path dir) {
        return Map.of("DB_URL", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("vocdesk") + ";DB_CLOSE_ON_EXIT=FALSE",
                "DB_USER", "vocdesk", "DB_PASSWORD", "vocdesk", "DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
    }

    /** Starts and waits until ready; with the test clock, it starts at {@code clockAt} (null: the real time). */
    public void start(Instant clockAt) {
        try {
            Files.createDirectories(workDir);
            try (ServerSocket free = new ServerSocket(port)) {
                free.setReuseAddress(true);
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
            if (testClock) {
                command.add("-Dvocdesk.test-clock=on");
                Files.writeString(workDir.resolve("vocdesk-test-clock.allowed"), clockAt == null ? "" : clockAt.toString());
            }
            command.addAll(List.of("-jar", existing("vocdesk.test.microJar", "target/payara-micro.jar"),
                    "--deploy", existing("vocdesk.test.war", "target/vocdesk.war"), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster", "--disablephonehome"));
            Files.writeString(log(), "---- start " + Instant.now() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            builder.environment().put("VOCDESK_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
            builder.environment().put("VOCDESK_DEMO_ENABLED", "false");
            builder.environment().putAll(env);
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::kill, "node-" + port + "-stop"));
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro on " + port + "; log " + log(), e);
        }
    }

    /** Shuts down as an operator would. */
    public void stop() {
        end(false);
    }

    /** Dies at once (kill -9): no shutdown, transactions in flight are lost. */
    public void kill() {
        end(true);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return workDir.resolve("server.log");
    }

    public Api admin() {
        if (adminToken == null) {
            Api.Reply reply = Api.anonymous().on(baseUrl()).post("/api/tokens", Api.object().add("username", TestServer.ADMIN)
                    .add("password", TestServer.ADMIN_PASSWORD).add("name", "node test"));
            if (reply.status() != 200) {
                throw new AssertionError("No admin token from " + baseUrl() + ": " + reply);
            }
            adminToken = reply.json().getString("token");
        }
        return Api.as(adminToken).on(baseUrl());
    }

    /** A new user with these roles on this node's database, and its API (a token, valid on every node of that database). */
    public TestUsers.TestUser user(Long departmentId, String... roles) {
        String username = TestUsers.unique(roles[0].toLowerCase(java.util.Locale.ROOT));
        var body = Api.object().add("username", username).add("displayName", "Test " + username)
                .add("email", username + "@example.com").add("roles", Api.strings(roles)).add("password", TestUsers.PASSWORD);
        if (departmentId != null) {
            body.add("departmentId", departmentId);
        }
        Api.Reply created = admin().post("/api/users", body);
        if (created.status() != 201) {
            throw new AssertionError("Could not create user " + username + ": " + created);
        }
        Api.Reply token = Api.anonymous().on(baseUrl()).post("/api/tokens", Api.object().add("username", username)
                .add("password", TestUsers.PASSWORD).add("name", "node test"));
        return new TestUsers.TestUser(created.json().getJsonNumber("id").longValue(), username, TestUsers.PASSWORD,
                token.json().getString("token"));
    }

    private void end(boolean forcibly) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            if (forcibly) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            } else {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")).timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro on " + port + " exited with " + process.exitValue() + "; log " + log());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(1000);
            } catch (IOException notYet) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Payara Micro on " + port + " not ready within " + READY_TIMEOUT.toSeconds() + " s; log " + log());
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String existing(String property, String fallback) {
        String value = System.getProperty(property);
        Path path = Path.of(value == null || value.isBlank() ? fallback : value).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " does not exist; run the integration tests with 'mvn verify'");
        }
        return path.toString();
    }
}
