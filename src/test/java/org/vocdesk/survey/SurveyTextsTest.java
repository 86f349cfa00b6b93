package org.vocdesk.survey;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every survey text exists in Chinese and in English. */
class SurveyTextsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = load("/i18n/survey.properties");
        Properties chinese = load("/i18n/survey_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).contains("survey.rate.limited", "survey.kind.RATING", "survey.transaction.recorded");
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SurveyTextsTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
