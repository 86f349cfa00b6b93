package org.vocdesk.survey.boundary;

import java.util.Map;

/**
 * Launching a campaign: the language of invitations (zh-CN by default) and, per customer code, another project
 * type's questionnaire or another language than the default.
 */
public record LaunchInput(String language, Map<String, String> projectTypes, Map<String, String> languages) {

    public static LaunchInput defaults() {
        return new LaunchInput(null, Map.of(), Map.of());
    }

    public String projectTypeOf(String customerCode) {
        return byCode(projectTypes, customerCode);
    }

    public String languageOf(String customerCode) {
        return byCode(languages, customerCode);
    }

    /** Customer codes are case-insensitive (stored in upper case). */
    private static String byCode(Map<String, String> values, String code) {
        return values == null ? null : values.entrySet().stream().filter(e -> code.equalsIgnoreCase(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
