package org.vocdesk.publicfeedback;

import jakarta.json.JsonObject;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a public feedback request from a loopback address of its own (127.x.y.z), so that the rate limit,
 * which counts per client address, sees a different client for each test, while every other test of the
 * shared server keeps 127.0.0.1. java.net.http cannot choose its local address before JDK 19, hence a plain
 * socket speaking HTTP/1.1.
 */
public final class FromAddress {

    private final InetAddress local;

    private FromAddress(InetAddress local) {
        this.local = local;
    }

    /** A loopback address no other test uses in this run. */
    public static FromAddress fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            return new FromAddress(InetAddress.getByAddress(new byte[]{127, (byte) random.nextInt(1, 255),
                    (byte) random.nextInt(0, 256), (byte) random.nextInt(1, 255)}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String address() {
        return local.getHostAddress();
    }

    public Api.Reply post(String path, Object body, String acceptLanguage) {
        URI base = URI.create(TestServer.baseUrl());
        byte[] content = (body instanceof jakarta.json.JsonObjectBuilder builder ? builder.build().toString() : body.toString())
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: application/json\r\nAccept: application/json, application/problem+json\r\nAccept-Language: "
                + acceptLanguage + "\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), base.getPort(), local, 0)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse("POST " + path + " from " + address(), socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " from " + address() + " failed", e);
        }
    }

    private static Api.Reply parse(String request, InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        byte[] body;
        if (headers.getOrDefault("Transfer-Encoding", List.of()).stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            body = chunks.toByteArray();
        } else if (headers.containsKey("Content-Length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("Content-Length").get(0)));
        } else {
            body = in.readAllBytes();
        }
        return new Api.Reply(request, status, HttpHeaders.of(headers, (a, b) -> true), new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** The id of a category by code, from the public list. */
    public static long category(String code) {
        return Api.anonymous().get("/api/public/feedback/categories").jsonArray().stream().map(v -> (JsonObject) v)
                .filter(c -> code.equals(c.getString("code"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
