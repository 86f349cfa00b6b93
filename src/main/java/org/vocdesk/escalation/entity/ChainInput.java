package org.vocdesk.escalation.entity;

/**
 * One escalation chain as the administrator enters it: the kind of deadline and priority it applies to,
 * the warning (NONE, PERCENT of the allowed working time, or working time BEFORE the deadline) and the delay
 * after the deadline of each breach level ("0h", "4h", "1d"; blank leaves the level out). Checked by
 * {@link RuleChain#of}.
 */
public record ChainInput(String kind, String priority, WarningMode warnMode, String warnValue, String handlerDelay,
                         String departmentManagerDelay, String qualityManagerDelay, String generalManagerDelay) {

    public enum WarningMode { NONE, PERCENT, BEFORE }

    String delayOf(EscalationLevel level) {
        return switch (level) {
            case HANDLER -> handlerDelay;
            case DEPARTMENT_MANAGER -> departmentManagerDelay;
            case QUALITY_MANAGER -> qualityManagerDelay;
            case GENERAL_MANAGER -> generalManagerDelay;
            case WARNING -> null;
        };
    }
}
