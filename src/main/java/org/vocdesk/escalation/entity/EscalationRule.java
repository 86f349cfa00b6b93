package org.vocdesk.escalation.entity;

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
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.platform.entity.BusinessException;

/**
 * One level of an escalation chain for a kind of deadline and a priority. Breach levels carry their delay
 * after the deadline in working time; the WARNING level carries the share of the allowed time after which
 * the handler is warned.
 */
@Audited
@Entity
@Table(name = "escalation_rule")
public class EscalationRule {

    /** The priority of rules that apply to every priority without rules of its own. */
    public static final String ANY_PRIORITY = "ANY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deadline_kind", nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 10)
    private String priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EscalationLevel level;

    @Column(name = "delay_after", length = 20)
    private String delayAfter;

    @Column(name = "warn_percent")
    private Integer warnPercent;

    @Column(name = "warn_before", length = 20)
    private String warnBefore;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected EscalationRule() {
    }

    public static EscalationRule breach(String kind, String priority, EscalationLevel level, String delayAfter) {
        if (level == EscalationLevel.WARNING) {
            throw BusinessException.invalidField("level", "escalation.rule.warningNeedsPercent");
        }
        EscalationRule rule = new EscalationRule(kind, priority, level);
        WorkDuration.parse(delayAfter); // refuses what the engine could not compute
        rule.delayAfter = delayAfter.strip();
        return rule;
    }

    public static EscalationRule warning(String kind, String priority, int percent) {
        if (percent < 1 || percent > 99) {
            throw BusinessException.invalidField("warnPercent", "escalation.rule.percent", percent);
        }
        EscalationRule rule = new EscalationRule(kind, priority, EscalationLevel.WARNING);
        rule.warnPercent = percent;
        return rule;
    }

    /** The warning a fixed working time before the deadline ("4h") rather than at a share of the allowed time. */
    public static EscalationRule warningBefore(String kind, String priority, WorkDuration before) {
        EscalationRule rule = new EscalationRule(kind, priority, EscalationLevel.WARNING);
        rule.changeWarning(null, before);
        return rule;
    }

    /** The administrator changed the chain: this breach level now comes this long after the deadline. */
    public void changeDelay(WorkDuration delay) {
        if (isWarning()) {
            throw BusinessException.invalidField("level", "escalation.rule.warningNeedsPercent");
        }
        this.delayAfter = delay.toString();
        this.active = true;
    }

    /** Exactly one of a share of the allowed time (1-99 %) or a working time before the deadline. */
    public void changeWarning(Integer percent, WorkDuration before) {
        if (!isWarning() || (percent == null) == (before == null)) {
            throw BusinessException.invalidField("warnPercent", "escalation.rule.warningBoth");
        }
        if (percent != null && (percent < 1 || percent > 99)) {
            throw BusinessException.invalidField("warnPercent", "escalation.rule.percent", percent);
        }
        this.warnPercent = percent;
        this.warnBefore = before == null ? null : before.toString();
        this.active = true;
    }

    /** Left out of the chain; kept (not deleted) so re-adding the level keeps one row per level. */
    public void deactivate() {
        this.active = false;
    }

    private EscalationRule(String kind, String priority, EscalationLevel level) {
        if (kind == null || kind.isBlank()) {
            throw BusinessException.invalidField("kind", "escalation.rule.kind");
        }
        this.kind = kind;
        this.priority = priority == null ? ANY_PRIORITY : priority;
        this.level = level;
        this.active = true;
    }

    public boolean isWarning() {
        return level == EscalationLevel.WARNING;
    }

    public WorkDuration delay() {
        return delayAfter == null ? WorkDuration.ZERO : WorkDuration.parse(delayAfter);
    }

    public Long getId() { return id; }

    public String getKind() { return kind; }

    public String getPriority() { return priority; }

    public EscalationLevel getLevel() { return level; }

    public String getDelayAfter() { return delayAfter; }

    public Integer getWarnPercent() { return warnPercent; }

    public String getWarnBefore() { return warnBefore; }

    public long getVersion() { return version; }

    public boolean isActive() { return active; }
}
