package org.vocdesk.survey.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.survey.boundary.SurveyCampaignIT.*;

/**
 * Eligibility by the transactions of the campaign's period (entered, imported as CSV, re-imported), a bad import
 * that changes nothing, and the rate limit of the public survey per link, over REST and on the page.
 */
class SurveyEligibilityIT {

    @BeforeAll
    static void setUp() {
        organisation();
    }

    @Test
    void onlyTransactionsOfTheCampaignPeriodCount() throws Exception {
        int before = nextYear();
        int inYear = nextYear();
        String run = TestUsers.unique("E");
        customer(run + "A", null, 3);                 // 3 orders in the year
        customer(run + "B", null, 2);                 // 2 in the year ...
        orders(run + "B", before, 5);                 // ... and 5 the year before: not eligible
        JsonObject draft = created(clerk.api().post("/api/surveys/campaigns", campaign("期间资格 " + run, Instant.now().plusSeconds(86_400))));
        assertThat(draft.getInt("eligible")).isEqualTo(1);
        assertThat(draft.getString("periodEnd")).isEqualTo(inYear + "-12-31");

        // the export imported twice counts each order once; the one new order of B in the period makes B eligible
        String csv = "客户编码,订单号,订单日期,数量\n" + run + "A,SO-" + inYear + "-0," + inYear + "-01-02,10\n"
                + run.toLowerCase() + "b,NEW-1," + inYear + "-12-31,\n";
        JsonObject first = Json.createReader(new java.io.StringReader(importCsv(csv, "en").body())).readObject();
        assertThat(first.getInt("created")).isEqualTo(1);
        assertThat(first.getInt("updated")).isEqualTo(1);
        JsonObject again = Json.createReader(new java.io.StringReader(importCsv(csv, "en").body())).readObject();
        assertThat(again.getInt("created")).isZero();
        assertThat(ok(clerk.api().get("/api/surveys/campaigns/" + draft.getJsonNumber("id"))).getInt("eligible")).isEqualTo(2);

        // a quarter counts its own three months only: A has three orders in January, B two (its third is in December)
        JsonObject quarter = created(clerk.api().post("/api/surveys/campaigns", campaign("季度 " + run, Instant.now().plusSeconds(86_400))
                .add("periodKind", "QUARTERLY")));
        assertThat(quarter.getString("periodEnd")).isEqualTo(inYear + "-03-31");
        assertThat(quarter.getInt("eligible")).isEqualTo(1);

        // a bad row refuses the whole file with its row number and changes nothing
        HttpResponse<String> bad = importCsv(run + "A,SO-X1," + inYear + "-02-01\n" + run + "A,SO-X2,31.02." + inYear + "\n", "en");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Row 2").contains("Nothing was imported");
        HttpResponse<String> unknown = importCsv("NO-SUCH-" + run + ",SO-1," + inYear + "-02-01\n", "zh-CN");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("第 1 行").contains(("NO-SUCH-" + run).toUpperCase(java.util.Locale.ROOT));
        long customerA = ok(clerk.api().get("/api/customers?q=" + run + "A")).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(clerk.api().get("/api/surveys/customers/" + customerA + "/transactions").jsonArray())
                .extracting(v -> v.asJsonObject().getString("reference")).doesNotContain("SO-X1").contains("SO-" + inYear + "-0");

        // one order entered by hand, with a clear message for what cannot be counted
        Api.Reply future = clerk.api().language("en").post("/api/surveys/transactions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("customerCode", run + "A").add("reference", "SO-F").add("date", "2999-01-01")).build());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.detail()).contains("order date");
        Api.Reply auditor = TestUsers.user("AUDITOR").api().post("/api/surveys/transactions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("customerCode", run + "A").add("reference", "SO-A").add("date", inYear + "-05-05")).build());
        assertThat(auditor.status()).isEqualTo(403);
    }

    @Test
    void oneLinkIsRateLimitedWithALocalizedMessage() {
        nextYear();
        String run = TestUsers.unique("R");
        customer(run, "rate-" + run + "@example.com", 3);
        JsonObject draft = created(clerk.api().post("/api/surveys/campaigns", campaign("限流 " + run, Instant.now().plusSeconds(86_400))));
        ok(clerk.api().post("/api/surveys/campaigns/" + draft.getJsonNumber("id") + "/launch", Json.createObjectBuilder()));
        String token = token(awaitMail("rate-" + run, run));

        int limit = 30; // vocdesk.survey.rate-limit.token default: 30 per 5 minutes
        for (int i = 0; i < limit; i++) {
            assertThat(Api.anonymous().get("/api/public/surveys/" + token).status()).as("request " + (i + 1)).isEqualTo(200);
        }
        Api.Reply limited = Api.anonymous().language("en").get("/api/public/surveys/" + token);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(limited.detail()).contains("Too many requests for this survey").contains("minute");
        assertThat(Api.anonymous().language("zh-CN").get("/api/public/surveys/" + token).detail()).contains("请求过多");
        Api.Reply page = Api.anonymous().language("en").get("/public/survey.xhtml?t=" + token);
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("survey-limited").contains("Please try again in");
        // nothing was changed by the refused requests: the invitation is still open
        JsonObject response = responseOf(draft.getJsonNumber("id").longValue(),
                ok(clerk.api().get("/api/customers?q=" + run)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertThat(response.getString("status")).isEqualTo("ISSUED");
    }

    private static HttpResponse<String> importCsv(String csv, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/surveys/transactions/import"))
                .header("Authorization", "Bearer " + clerk.token()).header("Accept-Language", language)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
