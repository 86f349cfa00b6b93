package org.vocdesk.demo.control;

/** A demo department and the username of its manager. */
public record DemoDepartment(String code, String name, String managerUsername) {
}
