package org.vocdesk.escalation.entity;

import java.util.Arrays;
import java.util.List;

/**
 * What acknowledging a notice means for the chain. A supervisor (department, quality or general manager)
 * who acknowledges has taken charge, so the higher levels of that deadline are no longer needed. The
 * handler acknowledging a warning or their own breach stops nothing: the work is still late, and their
 * manager must still hear of it. Only supervisors act from a notice (reassign, extend, take over).
 */
public final class Acknowledgements {

    private Acknowledgements() {
    }

    public static boolean isSupervisor(EscalationLevel level) {
        return level == EscalationLevel.DEPARTMENT_MANAGER || level == EscalationLevel.QUALITY_MANAGER
                || level == EscalationLevel.GENERAL_MANAGER;
    }

    /** The levels whose pending steps an acknowledgement at this level stops (none below a supervisor). */
    public static List<EscalationLevel> stoppedBy(EscalationLevel acknowledged) {
        if (!isSupervisor(acknowledged)) {
            return List.of();
        }
        return Arrays.stream(EscalationLevel.values()).filter(l -> l.compareTo(acknowledged) > 0).toList();
    }

    /** The level named on a notice, or null for notices that are not escalation levels. */
    public static EscalationLevel level(String name) {
        return Arrays.stream(EscalationLevel.values()).filter(l -> l.name().equals(name)).findFirst().orElse(null);
    }
}
