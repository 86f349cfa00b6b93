package org.vocdesk.complaint.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments: checked by content and size, stored with their SHA-256, downloadable by staff only. */
class AttachmentsIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static TestUser clerk;
    static long complaintId;
    static long otherComplaintId;

    @BeforeAll
    static void complaint() {
        clerk = TestUsers.user("CLERK");
        complaintId = ComplaintsIT.record(ComplaintsIT.intake("2025-03-03T01:00:00Z", "photo")).getJsonNumber("id").longValue();
        otherComplaintId = ComplaintsIT.record(ComplaintsIT.intake("2025-03-03T01:00:00Z", "other")).getJsonNumber("id").longValue();
    }

    @Test
    void aPictureIsStoredWithItsHashAndComesBackUnchanged() throws Exception {
        HttpResponse<String> upload = upload(clerk.token(), complaintId, "裂纹照片.png", PNG);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        JsonObject attachment = Json.createReader(new StringReader(upload.body())).readObject();
        assertThat(attachment.getString("contentType")).isEqualTo("image/png");
        assertThat(attachment.getString("fileName")).isEqualTo("裂纹照片.png");
        assertThat(attachment.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));

        String path = "/api/complaints/" + complaintId + "/attachments/" + attachment.getJsonNumber("id");
        HttpResponse<byte[]> download = get(clerk.token(), path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        assertThat(get(null, path).statusCode()).isEqualTo(401);
        assertThat(get(clerk.token(), "/api/complaints/" + otherComplaintId + "/attachments/" + attachment.getJsonNumber("id")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aProgramNamedLikeAPictureIsRefusedAndNotStored() throws Exception {
        HttpResponse<String> upload = upload(clerk.token(), otherComplaintId, "photo.jpg", new byte[]{'M', 'Z', (byte) 0x90, 0, 3});
        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(upload.body()).contains("photo.jpg");
        assertThat(new String(get(clerk.token(), "/api/complaints/" + otherComplaintId + "/attachments").body(), StandardCharsets.UTF_8))
                .isEqualTo("[]");
    }

    @Test
    void filesOverTheLimitAreRefused() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        HttpResponse<String> upload = upload(clerk.token(), otherComplaintId, "huge.png", big);
        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.body()).contains("20 MB");
    }

    static HttpResponse<String> upload(String token, long complaint, String name, byte[] content) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/complaints/" + complaint
                        + "/attachments?fileName=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> get(String token, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
