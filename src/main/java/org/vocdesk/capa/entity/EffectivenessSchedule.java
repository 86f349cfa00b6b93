package org.vocdesk.capa.entity;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/** When the effectiveness check falls due: a calendar period (three months by default) after the fix, in the company's zone. */
public record EffectivenessSchedule(Period after, ZoneId zone) {

    public Instant dueAfter(Instant fixedAt) {
        return fixedAt.atZone(zone).plus(after).toInstant();
    }
}
