package org.vocdesk.kpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.vocdesk.kpi.entity.Kpi;

import java.math.BigDecimal;

/**
 * The KPI targets, from MicroProfile Config ({@code vocdesk.kpi.target.ON_TIME_REPLY_RATE=95}, percent or working
 * hours or a count; an environment variable {@code VOCDESK_KPI_TARGET_ON_TIME_REPLY_RATE} works too), else the
 * KPI's default. An empty value means "no target".
 */
@ApplicationScoped
public class KpiTargets {

    public BigDecimal of(Kpi kpi) {
        Config config = ConfigProvider.getConfig();
        String value = config.getOptionalValue("vocdesk.kpi.target." + kpi.name(), String.class).orElse(kpi.defaultTarget());
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    }
}
