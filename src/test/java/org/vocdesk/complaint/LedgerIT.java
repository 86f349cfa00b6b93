package org.vocdesk.complaint;

import jakarta.json.JsonObject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vocdesk.complaint.LedgerFixture.number;

/** The ledger over REST: every filter narrows, paging and sorting, wrong values, and the exports. */
class LedgerIT {

    private static LedgerFixture data;
    private static String base;

    @BeforeAll
    static void createComplaints() {
        data = new LedgerFixture();
        base = "/api/complaints?categoryId=" + data.categoryId;
    }

    private static List<String> numbers(String query) {
        Api.Reply reply = data.quality.api().get(base + query + "&max=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    @Test
    void theCategoryAloneHoldsTheFourComplaints() {
        assertThat(numbers("")).containsExactlyInAnyOrderElementsOf(data.all());
        assertThat(data.quality.api().get(base).json().getInt("total")).isEqualTo(4);
    }

    @Test
    void eachFilterNarrows() {
        assertThat(numbers("&status=TRIAGED")).containsExactly(number(data.triaged));
        assertThat(numbers("&status=received")).containsExactlyInAnyOrder(number(data.old), number(data.ancient), number(data.fresh));
        assertThat(numbers("&type=SUGGESTION")).containsExactly(number(data.fresh));
        assertThat(numbers("&priority=MEDIUM")).containsExactly(number(data.triaged));
        assertThat(numbers("&departmentId=" + data.department.id())).containsExactly(number(data.triaged));
        assertThat(numbers("&major=true")).containsExactly(number(data.triaged));
        assertThat(numbers("&major=false")).hasSize(3).doesNotContain(number(data.triaged));
        assertThat(numbers("&overdue=true")).containsExactlyInAnyOrder(number(data.old), number(data.ancient));
        assertThat(numbers("&overdue=false")).containsExactlyInAnyOrder(number(data.triaged), number(data.fresh));
        assertThat(numbers("&customerId=" + data.customerId)).containsExactly(number(data.old));
        assertThat(numbers("&q=" + data.marker.toLowerCase() + "-c")).containsExactly(number(data.triaged));
        assertThat(numbers("&q=" + number(data.fresh))).containsExactly(number(data.fresh));
        assertThat(numbers("&status=TRIAGED&type=SUGGESTION")).isEmpty();
    }

    @Test
    void receivedBetweenDaysIncludesBothDaysInTheCompanyZone() {
        LocalDate day = LocalDate.ofInstant(java.time.Instant.parse(data.old.getString("receivedAt")), ZoneId.of("Asia/Shanghai"));
        assertThat(numbers("&receivedFrom=" + day + "&receivedTo=" + day)).containsExactly(number(data.old));
        assertThat(numbers("&receivedTo=" + day)).containsExactlyInAnyOrder(number(data.old), number(data.ancient));
        assertThat(numbers("&receivedFrom=" + day.plusDays(1))).containsExactlyInAnyOrder(number(data.triaged), number(data.fresh));
        assertThat(numbers("&receivedFrom=" + data.old.getString("receivedAt"))).hasSize(3); // an exact instant works too
    }

    @Test
    void pagesAndSorts() {
        Api.Reply first = data.quality.api().get(base + "&sort=receivedAt&order=asc&max=2");
        Api.Reply second = data.quality.api().get(base + "&sort=receivedAt&order=asc&max=2&first=2");
        assertThat(first.json().getInt("total")).isEqualTo(4);
        assertThat(items(first)).containsExactly(number(data.ancient), number(data.old));
        assertThat(items(second)).containsExactly(number(data.triaged), number(data.fresh));
        assertThat(items(data.quality.api().get(base + "&sort=receivedAt&order=desc&max=1"))).containsExactly(number(data.fresh));
        List<String> byNumber = items(data.quality.api().get(base + "&sort=number&order=asc"));
        assertThat(byNumber).isSorted();
    }

    private static List<String> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    @Test
    void wrongValuesAreA400NamingTheParameter() {
        for (String[] bad : new String[][]{{"receivedFrom", "2026-13-45"}, {"receivedTo", "yesterday"}, {"customerId", "abc"},
                {"categoryId", "1x"}, {"type", "RANT"}, {"priority", "URGENT"}, {"status", "DONE"}, {"departmentId", "x"},
                {"overdue", "maybe"}, {"major", "1"}, {"repeat", "yes"}, {"max", "0"}, {"first", "-1"}}) {
            Api.Reply reply = data.quality.api().get("/api/complaints?" + bad[0] + "=" + bad[1]);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).as(reply.toString()).isEqualTo(bad[0]);
            assertThat(reply.detail()).contains(bad[0]);
        }
    }

    @Test
    void exportsRefuseWrongValuesToo() throws Exception {
        HttpResponse<byte[]> export = download("/api/complaints/export.csv?status=DONE");
        assertThat(export.statusCode()).isEqualTo(400);
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("\"field\":\"status\"");
    }

    @Test
    void csvExportHoldsExactlyTheFilteredRowsWithChineseIntact() throws Exception {
        HttpResponse<byte[]> response = download("/api/complaints/export.csv?categoryId=" + data.categoryId + "&lang=zh-CN&sort=receivedAt&order=asc");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).matches("attachment; filename=\"ledger-\\d{8}\\.csv\"");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("编号,");
        assertThat(lines.get(1)).startsWith(number(data.ancient) + ",");
        assertThat(lines.get(2)).startsWith(number(data.old) + ",").contains("上海" + data.marker + "汽车零部件有限公司")
                .contains("\"外壳开裂，客户停线, \"\"紧急\"\"\"");
        assertThat(text).contains("台帐测试", "包装破损", "建议改进包装", "询问交期");

        HttpResponse<byte[]> filtered = download("/api/complaints/export.csv?categoryId=" + data.categoryId + "&status=TRIAGED&lang=en");
        List<String> few = new String(filtered.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(few).hasSize(2);
        assertThat(few.get(0)).startsWith("\uFEFFNumber,");
        assertThat(few.get(1)).startsWith(number(data.triaged) + ",");
    }

    @Test
    void xlsxExportHoldsExactlyTheFilteredRows() throws Exception {
        HttpResponse<byte[]> response = download("/api/complaints/export.xlsx?categoryId=" + data.categoryId + "&overdue=true&lang=zh-CN");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).matches("attachment; filename=\"ledger-\\d{8}\\.xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("编号");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(0)).toList())
                    .containsExactlyInAnyOrder(number(data.old), number(data.ancient));
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(5)).toList()).contains("外壳开裂，客户停线, \"紧急\"", "询问交期");
            assertThat(rows.get(1).getCellAsDate(1)).isPresent();
        }
    }

    @Test
    void anonymousCallersGetNoExport() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestServer.baseUrl() + "/api/complaints/export.csv")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static HttpResponse<byte[]> download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .header("Authorization", "Bearer " + data.quality.token()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
