package org.vocdesk.closure.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplyTemplateTest {

    @Test
    void placeholdersAreFilledLiterallyAndUnknownOnesStay() {
        ReplyTemplate template = new ReplyTemplate(ReplyPurpose.RESULT, "en", "Result {number}", "Dear {customer}, {resolution} {unknown}");
        Map<String, String> values = Map.of("number", "CF2025060001", "customer", "Li $1 \\ Co.", "resolution", "replaced");
        assertThat(template.subject(values)).isEqualTo("Result CF2025060001");
        assertThat(template.body(values)).isEqualTo("Dear Li $1 \\ Co., replaced {unknown}");
    }

    @Test
    void languagesAreChineseUnlessEnglish() {
        assertThat(new ReplyTemplate(ReplyPurpose.THANKS, "en-GB", "s", "b").getLanguage()).isEqualTo("en");
        assertThat(new ReplyTemplate(ReplyPurpose.THANKS, null, "s", "b").getLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void subjectAndBodyAreRequired() {
        ReplyTemplate template = new ReplyTemplate(ReplyPurpose.THANKS, "zh-CN", "s", "b");
        assertThatThrownBy(() -> template.edit(" ", "b")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> template.edit("s", "x".repeat(ReplyTemplate.BODY_MAX + 1))).isInstanceOf(BusinessException.class);
        assertThat(template.getBody()).isEqualTo("b");
    }
}
