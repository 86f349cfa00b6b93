package org.vocdesk.identity.sso;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OpenID Connect provider for tests, on the JDK's HTTP server: discovery, an authorisation endpoint that
 * approves the configured test user at once and sends the browser back with a code, a token endpoint answering with an
 * RS256-signed ID token (key generated at start) and an opaque access token, the key set and userinfo. It can also
 * sign with a key it does not publish, or change a signed token's claims afterwards, to prove the client refuses both.
 */
public final class TestOidcProvider implements AutoCloseable {

    public enum Signing { GOOD, UNPUBLISHED_KEY, TAMPERED_AFTER_SIGNING }

    /** The account the provider signs in next. */
    public record Account(String subject, String username, String name, String email, List<String> groups) {
    }

    private record Grant(Account account, String nonce, String redirectUri, Signing signing) {
    }

    private static final String KID = "test-key-1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final KeyPair key;
    private final KeyPair unpublished;
    private final String clientId;
    private final String clientSecret;
    private final HttpServer server;
    private final String issuer;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Account> accessTokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokenCalls = new AtomicInteger();
    private final AtomicInteger keySetCalls = new AtomicInteger();
    private final AtomicInteger userInfoCalls = new AtomicInteger();
    private volatile Account next;
    private volatile Signing signing = Signing.GOOD;

    public TestOidcProvider(int port, String clientId, String clientSecret) throws IOException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair();
            unpublished = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        issuer = "http://localhost:" + port;
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::keySet);
        server.createContext("/userinfo", this::userInfo);
        server.start();
    }

    public String issuer() {
        return issuer;
    }

    /** The account approved at the next authorisation request, and how its tokens are signed. */
    public void signInNext(Account account, Signing how) {
        this.next = account;
        this.signing = how;
    }

    public int tokenCalls() { return tokenCalls.get(); }

    public int keySetCalls() { return keySetCalls.get(); }

    public int userInfoCalls() { return userInfoCalls.get(); }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        JsonObject document = Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", issuer + "/authorize")
                .add("token_endpoint", issuer + "/token")
                .add("userinfo_endpoint", issuer + "/userinfo")
                .add("jwks_uri", issuer + "/jwks")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("scopes_supported", Json.createArrayBuilder().add("openid").add("profile").add("email"))
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder().add("client_secret_post").add("client_secret_basic"))
                .add("claims_supported", Json.createArrayBuilder().add("sub").add("preferred_username").add("name").add("email").add("groups"))
                .build();
        json(exchange, 200, document);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        Account account = next;
        if (!clientId.equals(query.get("client_id")) || redirectUri == null || !"code".equals(query.get("response_type"))
                || account == null || query.getOrDefault("scope", "").indexOf("openid") < 0) {
            text(exchange, 400, "bad authorisation request " + query);
            return;
        }
        String code = randomText();
        codes.put(code, new Grant(account, query.get("nonce"), redirectUri, signing));
        String state = query.get("state");
        exchange.getResponseHeaders().add("Location", redirectUri + "?code=" + code
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenCalls.incrementAndGet();
        Map<String, String> body;
        try (InputStream in = exchange.getRequestBody()) {
            body = form(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String id = body.get("client_id");
        String secret = body.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            id = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
        }
        Grant grant = body.get("code") == null ? null : codes.remove(body.get("code"));
        if (!clientId.equals(id) || !clientSecret.equals(secret)) {
            json(exchange, 401, Json.createObjectBuilder().add("error", "invalid_client").build());
            return;
        }
        if (grant == null || !"authorization_code".equals(body.get("grant_type")) || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            json(exchange, 400, Json.createObjectBuilder().add("error", "invalid_grant").build());
            return;
        }
        String accessToken = randomText();
        accessTokens.put(accessToken, grant.account());
        json(exchange, 200, Json.createObjectBuilder()
                .add("access_token", accessToken)
                .add("token_type", "Bearer")
                .add("expires_in", 300)
                .add("id_token", idToken(grant, accessToken))
                .build());
    }

    private void keySet(HttpExchange exchange) throws IOException {
        keySetCalls.incrementAndGet();
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        json(exchange, 200, Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", KID)
                .add("n", B64.encodeToString(unsigned(publicKey.getModulus())))
                .add("e", B64.encodeToString(unsigned(publicKey.getPublicExponent()))))).build());
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        userInfoCalls.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Account account = authorization == null || !authorization.startsWith("Bearer ") ? null
                : accessTokens.get(authorization.substring(7).strip());
        if (account == null) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            json(exchange, 401, Json.createObjectBuilder().add("error", "invalid_token").build());
            return;
        }
        json(exchange, 200, profile(Json.createObjectBuilder(), account).build());
    }

    private String idToken(Grant grant, String accessToken) {
        long now = Instant.now().getEpochSecond();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", clientId)
                .add("azp", clientId)
                .add("iat", now)
                .add("exp", now + 300)
                .add("at_hash", atHash(accessToken));
        if (grant.nonce() != null) {
            claims.add("nonce", grant.nonce());
        }
        profile(claims, grant.account());
        JsonObject signed = claims.build();
        String header = B64.encodeToString(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", KID)
                .build().toString().getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(signed.toString().getBytes(StandardCharsets.UTF_8));
        String signature = sign(header + "." + payload, grant.signing() == Signing.UNPUBLISHED_KEY ? unpublished.getPrivate() : key.getPrivate());
        if (grant.signing() == Signing.TAMPERED_AFTER_SIGNING) {
            // the signature stays that of the real claims; the claims now say the user is an administrator
            JsonObject forged = Json.createObjectBuilder(signed).add("groups", Json.createArrayBuilder().add("vocdesk-admins")).build();
            payload = B64.encodeToString(forged.toString().getBytes(StandardCharsets.UTF_8));
        }
        return header + "." + payload + "." + signature;
    }

    private static JsonObjectBuilder profile(JsonObjectBuilder claims, Account account) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        account.groups().forEach(groups::add);
        return claims.add("sub", account.subject())
                .add("preferred_username", account.username())
                .add("name", account.name())
                .add("email", account.email())
                .add("groups", groups);
    }

    private static String sign(String input, PrivateKey privateKey) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return B64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** OpenID Connect Core 3.1.3.6: the left half of the SHA-256 of the access token. */
    private static String atHash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return B64.encodeToString(Arrays.copyOf(digest, digest.length / 2));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private String randomText() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
