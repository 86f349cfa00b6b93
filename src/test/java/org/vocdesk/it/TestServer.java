package org.vocdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one Payara Micro that all black-box tests (REST and browser) of a failsafe run share. Started on
 * the first call of {@link #baseUrl()} (so unit-test runs never start it), stopped when the JUnit
 * launcher session closes ({@link TestServerSession}) or, failing that, when the JVM exits.
 *
 * <p>Database: PostgreSQL when {@code vocdesk.test.dbUrl} is given (CI), else a fresh H2 file database
 * in the work directory. Booting takes 30-70 s on two cores, hence once per run.
 */
public final class TestServer {

    /** The password of the administrator {@code admin} that the server creates on its first start. */
    public static final String ADMIN_PASSWORD = "It-admin-Passw0rd";
    public static final String ADMIN = "admin";

    /**
     * 180 s was planned, but on a loaded two-core machine the JVM alone took 100 s to unpack the runtime
     * before Payara's own 75 s boot, and a CI run once gave up after 300 s with the log saying ready in 68 s;
     * -Dvocdesk.test.readyTimeout=<seconds> overrides it.
     */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("vocdesk.test.readyTimeout", 600));

    /** Escalation and mail timers run this often in tests (seconds), instead of every minute. */
    public static final int TIMER_PERIOD_SECONDS = 2;

    private static Process process;
    private static GreenMail mail;
    private static int mailPort;
    private static final List<MimeMessage> mailArchive = new ArrayList<>();
    private static String baseUrl;
    private static RuntimeException startFailure;
    private static Path log;

    private static String h2Url;

    private TestServer() {
    }

    /**
     * A received time a minute ago, for tests that record many complaints at once: complaints received long ago are
     * overdue, and each escalates to every quality and general manager of this shared database (about 80 mails),
     * thousands of mails that slow every test after them.
     */
    public static String receivedJustNow() {
        return Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A JDBC connection to the test server's database, past the application (for tamper tests). */
    public static java.sql.Connection openDatabase() throws java.sql.SQLException {
        baseUrl();
        String url = property("vocdesk.test.dbUrl", "");
        return url.isBlank() ? java.sql.DriverManager.getConnection(h2Url, "vocdesk", "vocdesk")
                : java.sql.DriverManager.getConnection(url, property("vocdesk.test.dbUser", ""), property("vocdesk.test.dbPassword", ""));
    }

    /** http://localhost:port without a trailing slash; starts the server the first time. */
    public static synchronized String baseUrl() {
        if (startFailure != null) {
            throw startFailure; // one failed start is enough: don't wait the whole timeout again per test class
        }
        if (baseUrl == null && !property("vocdesk.test.baseUrl", "").isBlank()) {
            // a server started by hand, to run a few tests again quickly; its SMTP server (if any) is ours on this port
            baseUrl = property("vocdesk.test.baseUrl", "");
            mailPort = Integer.parseInt(property("vocdesk.test.mailPort", "0"));
            if (mailPort > 0) {
                startMail();
            }
        }
        if (baseUrl == null) {
            try {
                start();
            } catch (RuntimeException e) {
                startFailure = e;
                stop();
                throw e;
            }
        }
        return baseUrl;
    }

    /** The SMTP server (GreenMail, in this JVM) that the test server sends its e-mail to. */
    public static synchronized GreenMail mail() {
        baseUrl();
        return mail;
    }

    /** Every mail received so far, also by SMTP servers stopped by {@link #stopMail()}. */
    public static synchronized List<MimeMessage> receivedMails() {
        baseUrl();
        List<MimeMessage> all = new ArrayList<>(mailArchive);
        if (mail != null) {
            all.addAll(List.of(mail.getReceivedMessages()));
        }
        return all;
    }

    /** Takes the SMTP server down (its port refuses connections) to test retries. */
    public static synchronized void stopMail() {
        if (mail != null) {
            mailArchive.addAll(List.of(mail.getReceivedMessages()));
            mail.stop();
            mail = null;
        }
    }

    /** Brings the SMTP server back on the same port. */
    public static synchronized void startMail() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
    }

    public static Path log() {
        return log;
    }

    static synchronized void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        System.out.println("[TestServer] stopped; log: " + log);
        process = null;
        baseUrl = null;
        stopMail();
    }

    private static void start() {
        int port = Integer.parseInt(property("vocdesk.test.port", "18080"));
        Path workDir = Path.of(property("vocdesk.test.workDir", "target/it-server")).toAbsolutePath();
        Path microJar = existing(property("vocdesk.test.microJar", "target/payara-micro.jar"));
        Path war = existing(property("vocdesk.test.war", "target/vocdesk.war"));
        requireFree(port);
        try {
            Files.createDirectories(workDir);
            log = workDir.resolve("server.log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster", "--disablephonehome");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("VOCDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("VOCDESK_DEMO_ENABLED", "false");
            env.put("VOCDESK_CLOSURE_LINK_VALIDITY", "PT30S"); // so ClosureIT and PublicTokenIT see a customer link expire
            env.put("VOCDESK_ESCALATION_WORKING_TIME_ONLY", "false"); // tests run at any hour of the day
            env.put("VOCDESK_LOGIN_ADDRESS_FAILURES", "500"); // every test logs in from 127.0.0.1
            env.put("VOCDESK_LOGIN_LOCKOUT_FAILURES", "5"); // reachable before the 15-minute throttle (LockoutIT)
            env.putAll(database(workDir));
            env.putAll(mailServer(port));
            System.out.println("[TestServer] starting Payara Micro on port " + port + " (" + env.get("DB_URL") + "); log: " + log);
            long started = System.nanoTime();
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestServer::stop, "test-server-stop"));
            String url = "http://localhost:" + port;
            awaitReady(url);
            baseUrl = url;
            System.out.printf("[TestServer] ready at %s after %d s%n", url, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro; log: " + log, e);
        }
    }

    /** GreenMail on a free loopback port, started before the server so no mail is sent into the void. */
    private static Map<String, String> mailServer(int httpPort) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            mailPort = socket.getLocalPort();
        }
        startMail();
        return Map.of("VOCDESK_MAIL_HOST", "127.0.0.1",
                "VOCDESK_MAIL_PORT", String.valueOf(mailPort),
                "VOCDESK_MAIL_FROM", "VoC Desk <vocdesk@example.com>",
                "VOCDESK_MAIL_PERIOD_SECONDS", String.valueOf(TIMER_PERIOD_SECONDS),
                "VOCDESK_MAIL_RETRY_BASE_SECONDS", "1",
                "VOCDESK_MAIL_RETRY_MAX_SECONDS", "3",
                "VOCDESK_MAIL_TIMEOUT_MS", "3000",
                "VOCDESK_ESCALATION_NO_RECIPIENT_RETRY_SECONDS", "2",
                "VOCDESK_ESCALATION_PERIOD_SECONDS", String.valueOf(TIMER_PERIOD_SECONDS),
                "VOCDESK_BASE_URL", "http://localhost:" + httpPort);
    }

    /** PostgreSQL (or whatever CI passes) when configured, else a new, empty H2 database. */
    private static Map<String, String> database(Path workDir) throws IOException {
        String url = property("vocdesk.test.dbUrl", "");
        if (!url.isBlank()) {
            return Map.of("DB_URL", url,
                    "DB_USER", property("vocdesk.test.dbUser", ""),
                    "DB_PASSWORD", property("vocdesk.test.dbPassword", ""),
                    "DB_DATASOURCE", property("vocdesk.test.dbDatasource", "org.postgresql.ds.PGSimpleDataSource"));
        }
        Path h2 = workDir.resolve("h2");
        deleteRecursively(h2);
        Files.createDirectories(h2);
        // AUTO_SERVER: tests may open the database beside the server (the audit trail's tamper test edits rows).
        // H2 refuses it together with DB_CLOSE_ON_EXIT=FALSE, which a server stopped at the end of the run can do without.
        h2Url = "jdbc:h2:file:" + h2.resolve("vocdesk") + ";AUTO_SERVER=TRUE";
        return Map.of("DB_URL", h2Url,
                "DB_USER", "vocdesk", "DB_PASSWORD", "vocdesk", "DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
    }

    private static void awaitReady(String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // The first answer of the health check can take long on a loaded machine; a short timeout would give up on it
        // every time and ask again.
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/health/ready")).timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue()
                        + " before it was ready. Log " + log + ", last lines:\n" + tail(80));
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + answer.statusCode() + " " + answer.body();
            } catch (IOException notYet) {
                lastAnswer = notYet.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            sleep();
        }
        throw new IllegalStateException("Payara Micro was not ready within " + READY_TIMEOUT.toSeconds()
                + " s; /health/ready last answered: " + lastAnswer + ". Log " + log + ", last lines:\n" + tail(80));
    }

    /** The last lines of the server log, for failure messages. */
    public static String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is in use (a server left over from an earlier run?). "
                    + "Stop it or choose another port with -Dit.http.port=...", e);
        }
    }

    private static Path existing(String file) {
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " does not exist; run the integration tests with 'mvn verify'");
        }
        return path;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
