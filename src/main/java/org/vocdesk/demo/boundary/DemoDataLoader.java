package org.vocdesk.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.demo.control.DemoContent;
import org.vocdesk.demo.control.DemoUser;
import org.vocdesk.identity.control.PasswordHasher;
import org.vocdesk.identity.control.PasswordPolicy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads the demo data at start-up when {@code vocdesk.demo.enabled=true} and the database has no complaints
 * yet, so a restart loads nothing twice. Runs after the first administrator and the calendar seeding (the
 * deadlines need the holidays). The demo users share one password: {@code vocdesk.demo.password} when set
 * (tests, screenshots), else a random one written to the log this once. One password because PBKDF2 takes
 * 1-3 s per hash on a busy machine, and nine hashes would make up most of the load time. A failure is
 * logged, not fatal.
 */
@Singleton
@Startup
@DependsOn({"FirstAdministrator", "CalendarSeeder"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "vocdesk.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "vocdesk.demo.password")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "vocdesk.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Clock clock;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoSeeding seeding;

    @Inject
    org.vocdesk.capa.boundary.CapaDemo capaDemo;

    @PostConstruct
    void loadWhenEnabled() {
        if (!enabled) {
            return;
        }
        try {
            if (seeding.hasComplaints()) {
                LOG.info("Demo data: the database has complaints already, nothing loaded.");
                return;
            }
            long start = System.nanoTime();
            DemoContent content = new DemoContent(clock.instant(), ZoneId.of(zone));
            List<DemoUser> newUsers = newUsers(content.users());
            String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(PasswordPolicy::random);
            String hash = newUsers.isEmpty() ? null : hasher.hash(password);
            long hashed = System.nanoTime();
            DemoSeeding.Result result = seeding.load(content, hash, clock.instant());
            capaDemo.load(clock.instant());
            long end = System.nanoTime();
            LOG.info(() -> "Demo data loaded in " + millis(start, end) + " ms (password hash " + millis(start, hashed)
                    + " ms, writing " + millis(hashed, end) + " ms): " + result.departments() + " departments, " + result.users()
                    + " users, " + result.customers() + " customers, " + result.complaints() + " complaints.");
            logUsers(newUsers, password);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo data could not be loaded (nothing was stored; the next start tries again)", e);
        }
    }

    private List<DemoUser> newUsers(List<DemoUser> users) {
        List<String> existing = seeding.existingUsernames();
        return users.stream().filter(u -> !existing.contains(u.username())).toList();
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private void logUsers(List<DemoUser> users, String password) {
        if (users.isEmpty()) {
            return;
        }
        String lines = users.stream()
                .map(u -> String.format("  %-14s %-34s %s", u.username(),
                        u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), u.displayName()))
                .collect(Collectors.joining("\n"));
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info(() -> "Demo users, all with the configured password (vocdesk.demo.password):\n" + lines);
        } else {
            LOG.warning(() -> "Demo users, all with the password " + password + " (shown this once):\n" + lines);
        }
    }
}
