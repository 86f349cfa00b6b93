package org.vocdesk.returns.entity;

import org.vocdesk.platform.entity.BusinessException;

import java.time.LocalDate;

/**
 * The 三包 check: was the complaint received within the warranty period counted from the delivery date?
 * UNKNOWN when the delivery date was not given.
 */
public enum Warranty {
    IN_WARRANTY, EXPIRED, UNKNOWN;

    /** The last day covered, or null without a delivery date. */
    public static LocalDate until(LocalDate deliveredOn, int months) {
        return deliveredOn == null ? null : deliveredOn.plusMonths(months);
    }

    public static Warranty check(LocalDate deliveredOn, LocalDate complainedOn, int months) {
        if (deliveredOn == null) {
            return UNKNOWN;
        }
        if (deliveredOn.isAfter(complainedOn)) {
            throw BusinessException.invalidField("deliveredOn", "returns.error.deliveredAfterComplaint", deliveredOn, complainedOn);
        }
        return complainedOn.isAfter(until(deliveredOn, months)) ? EXPIRED : IN_WARRANTY;
    }
}
