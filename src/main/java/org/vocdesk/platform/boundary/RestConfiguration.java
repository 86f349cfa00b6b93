package org.vocdesk.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/** REST lives under /api; callers authenticate with personal API tokens sent as Bearer tokens. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "VoC Desk API", version = "1",
        description = "Customer complaints, triage and the complaint ledger. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "apiToken"))
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestConfiguration extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey enforces @RolesAllowed on resources only with this feature registered
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
