package org.vocdesk.complaint.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A configurable complaint category with its own deadlines, as working-time durations ("2d", "4h"):
 * the first reply and the response for each priority.
 */
@Audited
@Entity
@Table(name = "complaint_category")
public class Category {

    private static final Pattern DURATION = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?[dhm]");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,30}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "first_reply_within", nullable = false, length = 20)
    private String firstReplyWithin;

    @Column(name = "response_high_within", nullable = false, length = 20)
    private String responseHighWithin;

    @Column(name = "response_medium_within", nullable = false, length = 20)
    private String responseMediumWithin;

    @Column(name = "response_low_within", nullable = false, length = 20)
    private String responseLowWithin;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    /** Product problems need an 8D report (IATF 16949) before a valid complaint may close. */
    @Column(name = "requires_8d", nullable = false)
    private boolean requires8d;

    @Version
    private long version;

    protected Category() {
    }

    public Category(String code, String nameEn, String nameZh, int sortOrder) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw BusinessException.invalidField("code", "complaint.category.codeInvalid");
        }
        this.code = code;
        this.sortOrder = sortOrder;
        rename(nameEn, nameZh);
        changeDeadlines("2d", "3d", "5d", "10d");
    }

    public final void rename(String nameEn, String nameZh) {
        if (blankOrLong(nameEn) || blankOrLong(nameZh)) {
            throw BusinessException.invalidField("name", "complaint.category.nameInvalid");
        }
        this.nameEn = nameEn.strip();
        this.nameZh = nameZh.strip();
    }

    public final void changeDeadlines(String firstReply, String high, String medium, String low) {
        for (String duration : new String[]{firstReply, high, medium, low}) {
            if (duration == null || !DURATION.matcher(duration.strip()).matches()) {
                throw BusinessException.invalidField("deadlines", "complaint.category.durationInvalid", duration);
            }
        }
        this.firstReplyWithin = firstReply.strip();
        this.responseHighWithin = high.strip();
        this.responseMediumWithin = medium.strip();
        this.responseLowWithin = low.strip();
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public void requireEightD(boolean required) {
        this.requires8d = required;
    }

    public String responseWithin(Urgency priority) {
        return switch (priority) {
            case HIGH -> responseHighWithin;
            case MEDIUM -> responseMediumWithin;
            case LOW -> responseLowWithin;
        };
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    private static boolean blankOrLong(String text) {
        return text == null || text.isBlank() || text.length() > 100;
    }

    public Long getId() { return id; }

    public String getCode() { return code; }

    public String getNameEn() { return nameEn; }

    public String getNameZh() { return nameZh; }

    public String getFirstReplyWithin() { return firstReplyWithin; }

    public String getResponseHighWithin() { return responseHighWithin; }

    public String getResponseMediumWithin() { return responseMediumWithin; }

    public String getResponseLowWithin() { return responseLowWithin; }

    public int getSortOrder() { return sortOrder; }

    public boolean isActive() { return active; }

    public boolean isRequires8d() { return requires8d; }
}
