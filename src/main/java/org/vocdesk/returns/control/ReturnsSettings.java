package org.vocdesk.returns.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable rules of returns and compensation (MicroProfile Config, e.g. environment variables
 * VOCDESK_COMPENSATION_LIMITS and VOCDESK_RETURNS_WARRANTY_MONTHS).
 */
@ApplicationScoped
public class ReturnsSettings {

    @Inject
    @ConfigProperty(name = "vocdesk.compensation.limits", defaultValue = AuthorityLimits.DEFAULT)
    String limitSetting;

    @Inject
    @ConfigProperty(name = "vocdesk.returns.warranty-months", defaultValue = "12")
    int warrantyMonths;

    private AuthorityLimits limits;

    @PostConstruct
    void parse() {
        limits = AuthorityLimits.parse(limitSetting);
    }

    /** Reads the settings when the application starts, so a wrong one fails the deployment, not a later approval. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        limits();
    }

    public AuthorityLimits limits() {
        return limits;
    }

    /** The 三包 period counted from the delivery date. */
    public int warrantyMonths() {
        return warrantyMonths;
    }
}
