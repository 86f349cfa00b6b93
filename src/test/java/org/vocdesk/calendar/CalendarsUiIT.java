package org.vocdesk.calendar;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;
import org.vocdesk.it.TestUsers.TestUser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendars page in the browser (in Chinese): the administrator adds a holiday (the deadline calculator
 * skips it), bad input and a concurrent
 * change are refused with a message and change nothing, an .ics import reports what it did or the line it refused; the
 * auditor reads without a single button to change anything and a clerk does not get the page.
 */
class CalendarsUiIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private void openAsAdministrator(String code) {
        browser.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD).open("/admin/calendars.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id, ':open')]"));
        browser.waitUntil(d -> d.findElement(By.id("calendars:editor")).getText().contains(code));
    }

    private static JsonObject calendar(String code) {
        return Api.admin().get("/api/calendars/" + code).json();
    }

    @Test
    void theAdministratorAddsAHolidayAndSeesIt() {
        String code = CalendarsIT.newCalendar();
        openAsAdministrator(code);

        browser.type(By.id("days:date"), "2027-10-01");
        browser.type(By.id("days:dayName"), "国庆节");
        browser.click(By.id("days:add"));
        browser.waitForText("已保存 2027-10-01。");
        browser.waitUntil(d -> d.findElement(By.id("days:list")).getText().contains("国庆节"));
        assertThat(browser.text(By.id("days:list"))).contains("2027-10-01", "节假日", "国庆节");
        assertThat(Api.admin().get("/api/calendars/" + code + "/days?year=2027").jsonArray().getJsonObject(0).getString("name"))
                .isEqualTo("国庆节");

        // Thursday 2027-09-30 16:00 Shanghai + 1 working day: the Friday holiday and the weekend are skipped
        browser.type(By.id("calculator:from"), "2027-09-30 16:00");
        browser.type(By.id("calculator:duration"), "1d");
        browser.click(By.id("calculator:compute"));
        browser.waitUntil(d -> d.findElement(By.id("due")).getText().startsWith("到期：2027-10-04 16:00"));

        browser.click(By.xpath("//*[@id='days:list']//tr[contains(., '国庆节')]//button[contains(@id, ':remove')]"));
        browser.waitForText("已删除 2027-10-01。");
        assertThat(calendar(code).getInt("exceptionDays")).isZero();
    }

    @Test
    void badInputShowsTheMessageAndChangesNothing() {
        String code = CalendarsIT.newCalendar();
        openAsAdministrator(code);

        browser.type(By.id("days:date"), "2027-02-30");
        browser.click(By.id("days:add"));
        browser.waitForText("请按 yyyy-MM-dd 填写日期");
        assertThat(calendar(code).getInt("exceptionDays")).isZero();

        browser.type(By.id("week:hours"), "08:00-12:00,11:00-13:00");
        browser.click(By.id("week:setHours"));
        browser.waitForText("工作时段 08:00-12:00 与 11:00-13:00 重叠。");

        browser.type(By.id("calendars:zone"), "Mars/Olympus");
        browser.click(By.id("calendars:save"));
        browser.waitForText("\"Mars/Olympus\" 不是有效时区");

        JsonObject unchanged = calendar(code);
        assertThat(unchanged.getString("timeZone")).isEqualTo("Asia/Shanghai");
        assertThat(unchanged.getJsonObject("weekdayHours").getString("MONDAY")).isEqualTo("08:30-12:00,13:00-17:30");

        // someone else renames the calendar meanwhile: this page's older form is refused, their name stays
        Api.Reply theirs = Api.admin().put("/api/calendars/" + code, Api.object().add("name", "他们的名称").add("timeZone", "Asia/Shanghai"));
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        browser.type(By.id("calendars:zone"), "Asia/Shanghai");
        browser.type(By.id("calendars:name"), "我的名称");
        browser.click(By.id("calendars:save"));
        browser.waitForText("其他人刚刚修改了日历 " + code);
        assertThat(calendar(code).getString("name")).isEqualTo("他们的名称");
    }

    @Test
    void anIcsImportShowsWhatItDidOrTheLineItRefused() throws IOException {
        String code = CalendarsIT.newCalendar();
        Path dir = Files.createTempDirectory("calendar-ui");
        Path bad = Files.writeString(dir.resolve("bad.ics"), CalendarsIT.TIMED_EVENT);
        Path good = Files.writeString(dir.resolve("holidays.ics"), """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20271001
                DTEND;VALUE=DATE:20271003
                SUMMARY:国庆节
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270926
                SUMMARY:国庆节调休(班)
                END:VEVENT
                END:VCALENDAR
                """);
        openAsAdministrator(code);

        browser.driver().findElement(By.cssSelector("#import input[type='file']")).sendKeys(bad.toString());
        browser.click(By.id("import:upload"));
        browser.waitForText("iCalendar 文件第 8 行");
        assertThat(calendar(code).getInt("exceptionDays")).isZero();

        browser.driver().findElement(By.cssSelector("#import input[type='file']")).sendKeys(good.toString());
        browser.click(By.id("import:upload"));
        browser.waitForText("读取 3 天：新增 3 天，修改 0 天。");
        browser.type(By.id("days:year"), "2027");
        browser.click(By.id("days:show"));
        browser.waitUntil(d -> d.findElement(By.id("days:list")).getText().contains("2027-10-02"));
        assertThat(browser.text(By.id("days:list"))).contains("2027-09-26", "调休工作日", "2027-10-02");
        assertThat(calendar(code).getInt("exceptionDays")).isEqualTo(3);
    }

    @Test
    void theAuditorSeesNoButtonsAndAClerkNoPage() {
        String code = CalendarsIT.newCalendar();
        TestUser auditor = TestUsers.user("AUDITOR");
        browser.login(auditor.username(), auditor.password()).open("/admin/calendars.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id, ':open')]"));
        browser.waitUntil(d -> d.findElement(By.id("calendars:editor")).getText().contains(code));
        assertThat(browser.text(By.id("week"))).contains("星期一", "08:30-12:00,13:00-17:30");
        for (String id : new String[] {"calendars:save", "calendars:new", "week:setHours", "days:add", "import:upload"}) {
            assertThat(browser.driver().findElements(By.id(id))).as(id).isEmpty();
        }
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':remove']"))).isEmpty();
        assertThat(browser.find(By.id("calendars:name")).isEnabled()).isFalse();

        TestUser clerk = TestUsers.user("CLERK");
        browser.driver().manage().deleteAllCookies();
        browser.login(clerk.username(), clerk.password()).open("/admin/calendars.xhtml");
        assertThat(browser.driver().findElements(By.id("calendars:table"))).isEmpty();
    }
}
