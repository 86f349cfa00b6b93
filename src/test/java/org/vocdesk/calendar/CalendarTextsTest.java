package org.vocdesk.calendar;

import org.junit.jupiter.api.Test;
import org.vocdesk.calendar.entity.DayKind;
import org.vocdesk.platform.control.Messages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every calendar text the code or the page names exists in English and Chinese, and both bundles hold the
 * same keys. The keys are read from the sources so that a new error cannot ship without its text.
 */
class CalendarTextsTest {

    /** A quoted key ending in a letter; "calendar.kind." + value prefixes are checked by their values below. */
    private static final Pattern KEY = Pattern.compile("['\"](calendar\\.[a-zA-Z.]*[a-zA-Z])['\"]");

    @Test
    void everyKeyUsedInTheCodeAndOnThePageHasItsTextInBothLanguages() throws IOException {
        TreeSet<String> keys = usedKeys();
        Stream.of(DayKind.values()).forEach(kind -> keys.add("calendar.kind." + kind.name()));
        Stream.of(DayOfWeek.values()).forEach(day -> keys.add("calendar.weekday." + day.name()));
        assertThat(keys).contains("calendar.ics.badEnd", "calendar.notFound", "calendar.page.title");
        for (String key : keys) {
            for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                assertThat(Messages.get(locale, key)).as(key + " in " + locale).isNotEqualTo(key);
            }
        }
    }

    @Test
    void theChineseBundleHasExactlyTheEnglishKeys() throws IOException {
        assertThat(load("i18n/calendar_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("i18n/calendar.properties").stringPropertyNames());
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(Messages.get(Messages.ENGLISH, "calendar.ics.badEnd", 7, "2026-10-01", "2026-09-30"))
                .contains("line 7", "2026-10-01 to 2026-09-30");
        assertThat(Messages.get(Messages.CHINESE, "calendar.day.notFound", "CN", "2026-10-01"))
                .isEqualTo("日历 CN 在 2026-10-01 没有例外日。");
    }

    private static TreeSet<String> usedKeys() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/org/vocdesk/calendar")),
                Stream.of(Path.of("src/main/webapp/admin/calendars.xhtml")))) {
            sources = files.filter(Files::isRegularFile).toList();
        }
        for (Path source : sources) {
            Matcher m = KEY.matcher(Files.readString(source));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(CalendarTextsTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
