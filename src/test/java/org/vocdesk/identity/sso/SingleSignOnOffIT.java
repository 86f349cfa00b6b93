package org.vocdesk.identity.sso;

import org.junit.jupiter.api.Test;
import org.vocdesk.it.TestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** With single sign-on off (the default, as on the shared test server) its paths start nothing and log nobody in. */
class SingleSignOnOffIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theSingleSignOnPathsLeadToTheLoginFormWhichOffersNoSingleSignOn() throws IOException, InterruptedException {
        HttpResponse<String> start = get("/oidc/login?from=/admin/users.xhtml");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElse("")).as("no provider is asked").endsWith("/login.xhtml");

        HttpResponse<String> callback = get("/oidc/callback?code=forged&state=forged");
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml?sso=failed");
        assertThat(callback.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("JSESSIONID");

        String loginPage = get("/login.xhtml").body();
        assertThat(loginPage).contains("login:username").doesNotContain("/oidc/login");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
