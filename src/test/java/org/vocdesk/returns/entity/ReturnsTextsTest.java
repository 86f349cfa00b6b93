package org.vocdesk.returns.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.control.Messages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the feature builds from a value exists in English and Chinese, and both bundles hold the same keys. */
class ReturnsTextsTest {

    @Test
    void everyValueShownOrReportedHasItsTextInBothLanguages() {
        List<String> keys = new ArrayList<>();
        add(keys, "returns.disposition.", Disposition.values());
        add(keys, "returns.status.", ReturnStatus.values());
        add(keys, "returns.error.wrongStatus.", ReturnStatus.values());
        add(keys, "returns.method.", AnalysisMethod.values());
        add(keys, "returns.result.", AnalysisResult.values());
        add(keys, "returns.warranty.", Warranty.values());
        add(keys, "returns.claimStatus.", ClaimStatus.values());
        add(keys, "returns.error.claimDecided.", ClaimStatus.APPROVED, ClaimStatus.REJECTED);
        add(keys, "returns.error.nothingAcceptedWhen.", AnalysisResult.NO_TROUBLE_FOUND, AnalysisResult.CUSTOMER_CAUSED);
        add(keys, "returns.compensation.aboveLimit.", Role.CLERK, Role.HANDLER, Role.DEPARTMENT_MANAGER, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER);
        keys.add("returns.compensation.aboveLimit.NOBODY");
        for (String key : keys) {
            for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
                assertThat(Messages.get(locale, key)).as(key + " in " + locale).isNotEqualTo(key);
            }
        }
    }

    @Test
    void theChineseBundleHasExactlyTheEnglishKeys() throws IOException {
        assertThat(load("i18n/returns_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("i18n/returns.properties").stringPropertyNames());
    }

    private static void add(List<String> keys, String prefix, Enum<?>... values) {
        Stream.of(values).map(v -> prefix + v.name()).forEach(keys::add);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(ReturnsTextsTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
