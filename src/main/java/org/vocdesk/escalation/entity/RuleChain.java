package org.vocdesk.escalation.entity;

import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checked escalation chain for one kind of deadline and priority: the warning and, per breach level, the
 * delay after the deadline in working time. Refuses input the engine could not use or that makes no sense
 * (a higher level before a lower one), each with a message saying what to write instead.
 */
public final class RuleChain {

    public static final Set<String> PRIORITIES = Set.of(EscalationRule.ANY_PRIORITY, "HIGH", "MEDIUM", "LOW");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final List<EscalationLevel> BREACH_LEVELS = List.of(EscalationLevel.HANDLER,
            EscalationLevel.DEPARTMENT_MANAGER, EscalationLevel.QUALITY_MANAGER, EscalationLevel.GENERAL_MANAGER);

    private final String kind;
    private final String priority;
    private final Integer warnPercent;
    private final WorkDuration warnBefore;
    private final Map<EscalationLevel, WorkDuration> delays;

    private RuleChain(String kind, String priority, Integer warnPercent, WorkDuration warnBefore, Map<EscalationLevel, WorkDuration> delays) {
        this.kind = kind;
        this.priority = priority;
        this.warnPercent = warnPercent;
        this.warnBefore = warnBefore;
        this.delays = Collections.unmodifiableMap(delays);
    }

    /**
     * Checks the input; {@code standardDay} (the default calendar's working day) lets "1d" and "4h" be
     * compared when checking that each level comes at or after the one below it.
     */
    public static RuleChain of(ChainInput input, Duration standardDay) {
        String kind = input.kind() == null ? "" : input.kind().strip().toUpperCase(Locale.ROOT);
        if (kind.isEmpty()) {
            throw BusinessException.invalidField("kind", "escalation.rule.kind");
        }
        if (!KIND.matcher(kind).matches()) {
            throw BusinessException.invalidField("kind", "escalation.rule.kindFormat", input.kind());
        }
        String priority = input.priority() == null ? "" : input.priority().strip().toUpperCase(Locale.ROOT);
        if (!PRIORITIES.contains(priority)) {
            throw BusinessException.invalidField("priority", "escalation.rule.priority", input.priority());
        }
        Map<EscalationLevel, WorkDuration> delays = new EnumMap<>(EscalationLevel.class);
        EscalationLevel previous = null;
        for (EscalationLevel level : BREACH_LEVELS) {
            String text = input.delayOf(level);
            if (text == null || text.isBlank()) {
                continue;
            }
            WorkDuration delay = duration(text, level.name(), "escalation.rule.delay");
            if (previous != null && length(delay, standardDay).compareTo(length(delays.get(previous), standardDay)) < 0) {
                throw BusinessException.invalidField(level.name(), "escalation.rule.order", text.strip(), delays.get(previous).toString());
            }
            delays.put(level, delay);
            previous = level;
        }
        if (delays.isEmpty()) {
            throw BusinessException.invalidField("handlerDelay", "escalation.rule.noLevel");
        }
        ChainInput.WarningMode mode = input.warnMode() == null ? ChainInput.WarningMode.NONE : input.warnMode();
        return switch (mode) {
            case NONE -> new RuleChain(kind, priority, null, null, delays);
            case PERCENT -> new RuleChain(kind, priority, percent(input.warnValue()), null, delays);
            case BEFORE -> new RuleChain(kind, priority, null, before(input.warnValue()), delays);
        };
    }

    /** The chain as stored (its active rows), for showing and editing. */
    public static RuleChain of(String kind, String priority, List<EscalationRule> rows) {
        Map<EscalationLevel, WorkDuration> delays = new EnumMap<>(EscalationLevel.class);
        Integer percent = null;
        WorkDuration before = null;
        for (EscalationRule rule : rows) {
            if (!rule.isActive()) {
                continue;
            }
            if (rule.isWarning()) {
                percent = rule.getWarnPercent();
                before = rule.getWarnBefore() == null ? null : WorkDuration.parse(rule.getWarnBefore());
            } else {
                delays.put(rule.getLevel(), rule.delay());
            }
        }
        return new RuleChain(kind, priority, percent, before, delays);
    }

    private static Integer percent(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip().replace("%", ""));
            if (value >= 1 && value <= 99) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the text as entered
        }
        throw BusinessException.invalidField("warnValue", "escalation.rule.percent", text == null ? "" : text);
    }

    private static WorkDuration before(String text) {
        WorkDuration before = duration(text, "warnValue", "escalation.rule.warnBefore");
        if (before.isDays() || before.isZero()) {
            throw BusinessException.invalidField("warnValue", "escalation.rule.warnBefore", text);
        }
        return before;
    }

    private static WorkDuration duration(String text, String field, String key) {
        try {
            return WorkDuration.parse(text);
        } catch (BusinessException e) {
            throw BusinessException.invalidField(field, key, text == null ? "" : text);
        }
    }

    private static Duration length(WorkDuration delay, Duration standardDay) {
        long daySeconds = delay.days().multiply(java.math.BigDecimal.valueOf(standardDay.getSeconds())).longValue();
        return delay.time().plusSeconds(daySeconds);
    }

    public String getKind() { return kind; }

    public String getPriority() { return priority; }

    public Integer getWarnPercent() { return warnPercent; }

    public WorkDuration getWarnBefore() { return warnBefore; }

    public ChainInput.WarningMode getWarnMode() {
        return warnPercent != null ? ChainInput.WarningMode.PERCENT
                : warnBefore != null ? ChainInput.WarningMode.BEFORE : ChainInput.WarningMode.NONE;
    }

    /** The warning as entered: "80" (percent), "4h" (before), or empty. */
    public String getWarnValue() {
        return warnPercent != null ? warnPercent.toString() : warnBefore != null ? warnBefore.toString() : "";
    }

    /** The delay of a breach level as entered ("4h"), or empty when the level is not in the chain. */
    public String delay(EscalationLevel level) {
        WorkDuration delay = delays.get(level);
        return delay == null ? "" : delay.isZero() ? "0h" : delay.toString();
    }

    public Map<EscalationLevel, WorkDuration> getDelays() { return delays; }

    public static List<EscalationLevel> breachLevels() { return BREACH_LEVELS; }
}
