package org.vocdesk.demo.control;

import org.vocdesk.customer.entity.CustomerData;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * Everything the demo loads, generated from a fixed seed relative to "now": the same clock gives the same
 * data, and any clock gives the same mix (ages, stages, repeats). Container-free so it can be unit-tested.
 */
public final class DemoContent {

    static final long SEED = 9001L;

    private final List<CustomerData> customers;
    private final List<DemoComplaint> complaints;

    public DemoContent(Instant now, ZoneId zone) {
        Random random = new Random(SEED);
        this.customers = DemoCustomers.generate(random);
        this.complaints = new DemoComplaintPlanner(random, now, zone, customers).plan();
    }

    public List<DemoDepartment> departments() {
        return DemoStaff.DEPARTMENTS;
    }

    public List<DemoUser> users() {
        return DemoStaff.USERS;
    }

    public List<CustomerData> customers() {
        return customers;
    }

    /** In the order of recording, so that numbers ascend with time within each month. */
    public List<DemoComplaint> complaints() {
        return complaints;
    }
}
