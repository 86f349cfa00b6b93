import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's HTTP client, JDK only (java.net.http), so it runs with plain javac/java.
 *
 * <pre>
 * java BenchClient.java setup  BASE ADMIN_PASSWORD                  -> prints a clerk's Bearer token
 * java BenchClient.java create BASE TOKEN COUNT THREADS CUSTOMERS LABEL  -> creations, throughput and percentiles
 * java BenchClient.java get    BASE TOKEN WARMUP COUNT LABEL PATH   -> one client, sequential GETs, percentiles
 * </pre>
 * Every measured line is also printed as "RESULT|label|..." for run.sh to collect.
 */
public class BenchClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    private static final String[] CHANNELS = {"PHONE", "PHONE", "EMAIL", "EMAIL", "WEB_FORM", "VISIT", "FIELD_SERVICE", "SOCIAL_MEDIA"};
    private static final String[] TYPES = {"COMPLAINT", "COMPLAINT", "COMPLAINT", "GRIEVANCE", "SUGGESTION", "INQUIRY", "PRAISE"};
    private static final String[] URGENCIES = {"HIGH", "MEDIUM", "MEDIUM", "MEDIUM", "LOW", "LOW"};
    private static final String[] WORDS = {
            "外壳开裂, 12 件 cracked housings on arrival",
            "Delivery arrived three days late, the line stopped for a shift",
            "客服电话无人接听 nobody answered the hotline for two days",
            "Invoice amount does not match the quotation",
            "设备运行噪音过大 the unit is much louder than specified"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> System.out.println(setup(args[1], args[2]));
            case "create" -> create(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), args[6]);
            case "get" -> get(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5], args[6]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** A clerk user (created as the administrator over REST) and a token for it. */
    static String setup(String base, String adminPassword) throws Exception {
        String admin = token(base, "admin", adminPassword);
        String username = "bench-clerk-" + System.currentTimeMillis();
        String password = "Bench-clerk-12345";
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"Bench clerk\",\"email\":\"" + username
                + "@example.com\",\"roles\":[\"CLERK\"],\"password\":\"" + password + "\"}";
        HttpResponse<String> created = send(base, admin, "POST", "/api/users", body);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("user not created: " + created.statusCode() + " " + created.body());
        }
        return token(base, username, password);
    }

    static String token(String base, String username, String password) throws Exception {
        HttpResponse<String> reply = send(base, null, "POST", "/api/tokens",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"bench\"}");
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
        if (reply.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token for " + username + ": " + reply.statusCode() + " " + reply.body());
        }
        return m.group(1);
    }

    /** COUNT creations by THREADS clients, each sending its next request when the previous one answered. */
    static void create(String base, String token, int count, int threads, int customers, String label) throws Exception {
        long[] latencies = new long[count];
        long[] sentAt = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                KeepAlive connection = new KeepAlive(URI.create(base), token);
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String body = intake(customers);
                    long sent = System.nanoTime();
                    sentAt[i] = sent;
                    try {
                        KeepAlive.Reply reply = connection.post("/api/complaints", body);
                        if (reply.status() != 201) {
                            if (failures.incrementAndGet() <= 5) {
                                System.err.println("create failed: " + reply.status() + " " + reply.body());
                            }
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println("create failed: " + e);
                        connection.close();
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
                connection.close();
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        double perSecond = count / (elapsed / 1e9);
        report(label, latencies, String.format("throughput=%.1f/s elapsed=%.2fs failures=%d threads=%d",
                perSecond, elapsed / 1e9, failures.get(), threads));
        trace(label, start, sentAt, latencies);
        if (failures.get() > 0) {
            System.exit(2);
        }
    }

    /** WARMUP unmeasured then COUNT measured GETs of PATH, one after the other (the latency one user sees). */
    static void get(String base, String token, int warmup, int count, String label, String path) throws Exception {
        String sample = null;
        for (int i = 0; i < warmup; i++) {
            HttpResponse<String> reply = send(base, token, "GET", path, null);
            if (reply.statusCode() != 200) {
                throw new IllegalStateException(path + " -> " + reply.statusCode() + " " + reply.body());
            }
            sample = reply.body();
        }
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> reply = send(base, token, "GET", path, null);
            latencies[i] = System.nanoTime() - sent;
            if (reply.statusCode() != 200) {
                throw new IllegalStateException(path + " -> " + reply.statusCode() + " " + reply.body());
            }
        }
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(sample == null ? "" : sample);
        Matcher exact = Pattern.compile("\"totalExact\"\\s*:\\s*(true|false)").matcher(sample == null ? "" : sample);
        Matcher items = Pattern.compile("\"number\"\\s*:").matcher(sample == null ? "" : sample);
        int rows = 0;
        while (items.find()) {
            rows++;
        }
        report(label, latencies, "total=" + (total.find() ? total.group(1) : "?")
                + (exact.find() ? " totalExact=" + exact.group(1) : "") + " rows=" + rows + " path=" + path);
    }

    static String intake(int customers) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String customer = customers > 0 && r.nextInt(100) < 85
                ? "\"customerId\":" + (1 + (long) (customers * Math.pow(r.nextDouble(), 2))) + "," : "\"anonymous\":false,";
        return "{\"channel\":\"" + pick(CHANNELS) + "\",\"type\":\"" + pick(TYPES) + "\",\"categoryId\":" + (1 + r.nextInt(10))
                + "," + customer + "\"contactName\":\"李经理\",\"contactPhone\":\"+86 21 5555 " + r.nextInt(1000, 9999)
                + "\",\"product\":\"P-" + r.nextInt(200) + "\",\"batchNo\":\"B" + r.nextInt(2400, 2600)
                + "\",\"quantityAffected\":" + r.nextInt(1, 50) + ",\"customerWords\":\"" + pick(WORDS)
                + "\",\"urgency\":\"" + pick(URGENCIES) + "\",\"receivedAt\":\""
                + Instant.now().minusSeconds(r.nextInt(60, 3 * 86400)) + "\"}";
    }

    static String pick(String[] values) {
        return values[ThreadLocalRandom.current().nextInt(values.length)];
    }

    static HttpResponse<String> send(String base, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, */*;q=0.1"); // JSON for the API, anything for downloads (report PDFs)
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * One HTTP/1.1 connection kept open for a client's requests, written and read by hand: java.net.http cost about
     * 4 ms of CPU per request here, which the client took from the server it measures on the same two cores.
     */
    static final class KeepAlive {

        record Reply(int status, String body) {
        }

        private final URI base;
        private final String token;
        private Socket socket;
        private BufferedInputStream in;
        private OutputStream out;

        KeepAlive(URI base, String token) {
            this.base = base;
            this.token = token;
        }

        Reply post(String path, String body) throws IOException {
            if (socket == null) {
                socket = new Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(60_000);
                in = new BufferedInputStream(socket.getInputStream());
                out = new BufferedOutputStream(socket.getOutputStream());
            }
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> length = Integer.parseInt(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> closing = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    received.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                received.write(in.readNBytes(length));
            }
            if (closing) {
                close();
            }
            return new Reply(status, received.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    /** With BENCH_TRACE=dir: one line per request (ms since the load's start, latency in ms), to see when slow ones happen. */
    static void trace(String label, long start, long[] sentAt, long[] latencies) throws IOException {
        String dir = System.getenv("BENCH_TRACE");
        if (dir == null || dir.isBlank()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < sentAt.length; i++) {
            lines.append(String.format(Locale.ROOT, "%.2f %.2f%n", ms(sentAt[i] - start), ms(latencies[i])));
        }
        Files.writeString(Path.of(dir, label + ".trace"), lines);
    }

    /** Percentiles (nearest rank) and a coarse histogram of the latencies. */
    static void report(String label, long[] nanos, String extra) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        String line = String.format("n=%d min=%.1fms p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms mean=%.1fms",
                sorted.length, ms(sorted[0]), ms(pct(sorted, 50)), ms(pct(sorted, 95)), ms(pct(sorted, 99)),
                ms(sorted[sorted.length - 1]), ms((long) Arrays.stream(sorted).average().orElse(0)));
        System.out.println(label + ": " + line + " " + extra);
        double[] bounds = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, Double.MAX_VALUE};
        int[] counts = new int[bounds.length];
        for (long n : sorted) {
            int b = 0;
            while (ms(n) > bounds[b]) {
                b++;
            }
            counts[b]++;
        }
        StringBuilder histogram = new StringBuilder("  histogram (ms, upper bound: count):");
        for (int b = 0; b < bounds.length; b++) {
            if (counts[b] > 0) {
                histogram.append(' ').append(b == bounds.length - 1 ? ">1000" : "<=" + (int) bounds[b]).append(':').append(counts[b]);
            }
        }
        System.out.println(histogram);
        System.out.println("RESULT|" + label + "|" + line + " " + extra);
    }

    static long pct(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
