package org.vocdesk.closure.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reply starts from, per purpose and language, edited by the quality department. Placeholders
 * {number}, {customer}, {product}, {resolution} and {reason} are filled from the complaint; unknown ones stay.
 */
@Audited
@Entity
@Table(name = "reply_template")
public class ReplyTemplate {

    public static final int BODY_MAX = 8000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ReplyPurpose purpose;

    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Version
    private long version;

    protected ReplyTemplate() {
    }

    public ReplyTemplate(ReplyPurpose purpose, String language, String subject, String body) {
        this.purpose = purpose;
        this.language = Languages.tag(language);
        edit(subject, body);
    }

    public final void edit(String newSubject, String newBody) {
        if (newSubject == null || newSubject.isBlank() || newSubject.strip().length() > 200) {
            throw BusinessException.invalidField("subject", "closure.template.subjectInvalid", 200);
        }
        if (newBody == null || newBody.isBlank() || newBody.strip().length() > BODY_MAX) {
            throw BusinessException.invalidField("body", "closure.template.bodyInvalid", BODY_MAX);
        }
        this.subject = newSubject.strip();
        this.body = newBody.strip();
    }

    public String subject(Map<String, String> values) {
        return fill(subject, values);
    }

    public String body(Map<String, String> values) {
        return fill(body, values);
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }

    public Long getId() { return id; }

    public ReplyPurpose getPurpose() { return purpose; }

    public String getLanguage() { return language; }

    public String getSubject() { return subject; }

    public String getBody() { return body; }

    public long getVersion() { return version; }
}
