package org.vocdesk.calendar;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.vocdesk.it.Api;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendars over REST: every refusal is problem+json in the caller's language, with the calendar
 * bundle's text (a stale version too), and leaves the calendar as it was; the auditor reads but cannot change.
 */
class CalendarsIT {

    static final String TIMED_EVENT = """
            BEGIN:VCALENDAR
            VERSION:2.0
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270101
            SUMMARY:元旦
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20270102T090000Z
            SUMMARY:meeting
            END:VEVENT
            END:VCALENDAR
            """;

    /** A calendar of its own for each test, so the shared CN calendar and other tests are not touched. */
    static String newCalendar() {
        String code = TestUsers.unique("T").toUpperCase().replaceAll("[^A-Z0-9_-]", "");
        code = code.substring(0, Math.min(30, code.length()));
        Api.Reply created = Api.admin().post("/api/calendars", Api.object().add("code", code).add("name", "测试日历 " + code)
                .add("timeZone", "Asia/Shanghai").add("weekdayHours", "08:30-12:00,13:00-17:30"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    static Api.Reply importDays(String code, String contentType, String body, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/calendars/" + code + "/days"))
                .header("Authorization", "Bearer " + Api.adminToken()).header("Accept-Language", language)
                .header("Accept", "application/json, application/problem+json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply("POST days", response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.detail()).isEqualTo(detail);
    }

    @Test
    void refusalsComeInTheCallersLanguageWithTheCalendarTexts() {
        String code = newCalendar();
        Api en = Api.admin().language("en");
        Api zh = Api.admin().language("zh-CN");

        JsonObject taken = Api.object().add("code", code).add("name", "again").add("timeZone", "Asia/Shanghai")
                .add("weekdayHours", "09:00-17:00").build();
        assertProblem(en.post("/api/calendars", taken), 409, "A calendar with the code " + code + " exists already.");
        assertProblem(zh.post("/api/calendars", taken), 409, "代码为 " + code + " 的日历已存在。");

        JsonObject badZone = Api.object().add("name", "x").add("timeZone", "Mars/Olympus").build();
        assertProblem(en.put("/api/calendars/" + code, badZone), 400,
                "\"Mars/Olympus\" is not a time zone: use an IANA name such as Asia/Shanghai.");
        assertProblem(zh.put("/api/calendars/" + code, badZone), 400, "\"Mars/Olympus\" 不是有效时区：请使用 IANA 名称，例如 Asia/Shanghai。");

        JsonObject overlapping = Api.object().add("hours", "08:00-12:00,11:00-17:00").build();
        assertProblem(zh.put("/api/calendars/" + code + "/hours/MONDAY", overlapping), 400, "工作时段 08:00-12:00 与 11:00-17:00 重叠。");
        assertProblem(en.put("/api/calendars/" + code + "/hours/FUNDAY", overlapping), 400, "\"FUNDAY\" is not a weekday: use MONDAY to SUNDAY.");

        JsonObject holiday = Api.object().add("kind", "HOLIDAY").add("name", "国庆节").build();
        assertProblem(zh.put("/api/calendars/" + code + "/days/2027-13-01", holiday), 400, "\"2027-13-01\" 不是有效日期：请按 yyyy-MM-dd 填写，例如 2026-10-01。");
        assertProblem(en.delete("/api/calendars/" + code + "/days/2027-10-01"), 404, "The calendar " + code + " has no exception day on 2027-10-01.");

        assertProblem(en.get("/api/calendars/" + code + "/deadline?from=2027-02-05T02:00:00Z&duration=two%20days"), 400,
                "\"two days\" is not a working time: write for example 30m, 4h, 1d or 0.5d.");
        assertProblem(zh.get("/api/calendars/" + code + "/deadline?from=yesterday&duration=1d"), 400,
                "\"yesterday\" 不是有效的时间点：请按 ISO-8601 UTC 格式填写，例如 2026-02-07T02:00:00Z。");
        assertProblem(zh.get("/api/calendars/NO-SUCH-CALENDAR"), 404, "不存在代码为 NO-SUCH-CALENDAR 的日历。");

        long version = Api.admin().get("/api/calendars/" + code).json().getJsonNumber("version").longValue();
        JsonObject stale = Api.object().add("name", "stale").add("timeZone", "Asia/Shanghai").add("version", version - 1).build();
        assertProblem(en.put("/api/calendars/" + code, stale), 409,
                "Someone else changed the calendar " + code + " meanwhile. Nothing was saved; please open it again.");
        assertProblem(zh.put("/api/calendars/" + code + "/hours/SATURDAY", Api.object().add("hours", "09:00-12:00").add("version", version - 1)),
                409, "其他人刚刚修改了日历 " + code + "。未保存任何内容，请重新打开。");

        JsonObject calendar = Api.admin().get("/api/calendars/" + code).json();
        assertThat(calendar.getString("name")).startsWith("测试日历");
        assertThat(calendar.getJsonObject("weekdayHours").getString("SATURDAY")).isEmpty();
        assertThat(calendar.getString("timeZone")).isEqualTo("Asia/Shanghai");
        assertThat(calendar.getJsonObject("weekdayHours").getString("MONDAY")).isEqualTo("08:30-12:00,13:00-17:30");
        assertThat(calendar.getInt("exceptionDays")).isZero();
    }

    @Test
    void aFileWithOneBadEventImportsNothingAndNamesTheLine() {
        String code = newCalendar();
        Api.Reply en = importDays(code, "text/calendar", TIMED_EVENT, "en");
        assertProblem(en, 400, "Line 8 of the iCalendar file: \"20270102T090000Z\" is a time, not a whole day; "
                + "only all-day events can be imported. Nothing was imported.");
        Api.Reply zh = importDays(code, "text/csv", "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,坏日期\n", "zh-CN");
        assertThat(zh.status()).as(zh.toString()).isEqualTo(400);
        assertThat(zh.detail()).startsWith("CSV 文件第 3 行无法读取（2027-02-30,holiday,坏日期）").endsWith("未导入任何内容。");
        assertThat(Api.admin().get("/api/calendars/" + code + "/days").jsonArray()).isEmpty();

        Api.Reply imported = importDays(code, "text/csv", "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-07,workday,春节调休\n", "en");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("added")).isEqualTo(2);
        assertThat(Api.admin().get("/api/calendars/" + code + "/days?year=2027").jsonArray()).hasSize(2);
    }

    @Test
    void aChangeWithTheCurrentVersionIsSaved() {
        String code = newCalendar();
        long version = Api.admin().get("/api/calendars/" + code).json().getJsonNumber("version").longValue();
        Api.Reply saved = Api.admin().put("/api/calendars/" + code, Api.object().add("name", "华东工厂").add("timeZone", "Asia/Shanghai")
                .add("version", version));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(Api.admin().get("/api/calendars/" + code).json().getString("name")).isEqualTo("华东工厂");
    }

    @Test
    void theAuditorReadsButCannotChange() {
        String code = newCalendar();
        TestUser auditor = TestUsers.user("AUDITOR");
        assertThat(auditor.api().get("/api/calendars/" + code).status()).isEqualTo(200);
        Api.Reply refused = auditor.api().language("zh-CN").put("/api/calendars/" + code + "/days/2027-10-01",
                Api.object().add("kind", "HOLIDAY").add("name", "国庆节"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(Api.admin().get("/api/calendars/" + code + "/days").jsonArray()).isEmpty();
    }
}
