package org.vocdesk.kpi.control;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.ZoneId;
import java.util.ServiceConfigurationError;

/**
 * The company's zone (vocdesk.zone, as platform.web.Formats) for code that runs outside CDI: the summary's months are
 * kept by a Hibernate listener and filled by a migration. Without a configuration (unit tests) the default.
 */
public final class KpiZone {

    static final String DEFAULT = "Asia/Shanghai";

    private KpiZone() {
    }

    public static ZoneId configured() {
        try {
            return ZoneId.of(ConfigProvider.getConfig().getOptionalValue("vocdesk.zone", String.class).orElse(DEFAULT));
        } catch (RuntimeException | ServiceConfigurationError noConfiguration) {
            return ZoneId.of(DEFAULT);
        }
    }
}
