package org.vocdesk.calendar.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the bundled holiday lists into their calendars at startup. Configured as
 * {@code vocdesk.calendar.seed=CODE:resource,...}; a list is loaded only into a calendar that has no days
 * yet in the years it covers, so next year's file (added to the list) loads once and an administrator's
 * edits are never overwritten. A failure is logged, not fatal: the application must still start.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CalendarSeeder {

    private static final Logger LOG = Logger.getLogger(CalendarSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "vocdesk.calendar.seed", defaultValue = "CN:calendar/cn-public-holidays-2025-2026.csv")
    List<String> seeds;

    @Inject
    CalendarSeeding seeding;

    @PostConstruct
    void seed() {
        for (String seed : seeds) {
            int colon = seed.indexOf(':');
            if (colon <= 0) {
                LOG.warning(() -> "Ignoring vocdesk.calendar.seed entry without CODE:resource: " + seed);
                continue;
            }
            String code = seed.substring(0, colon).strip();
            String resource = seed.substring(colon + 1).strip();
            try {
                int loaded = seeding.load(code, resource);
                LOG.info(() -> "Calendar " + code + ": " + loaded + " days loaded from " + resource);
            } catch (RuntimeException e) {
                // e.g. another cluster node seeding at the same moment: its days are as good as ours
                LOG.log(Level.WARNING, "Calendar " + code + ": could not load " + resource, e);
            }
        }
    }
}
