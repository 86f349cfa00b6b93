package org.vocdesk.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's datasource. The URL and credentials come from MicroProfile Config (environment
 * variables DB_URL, DB_USER, DB_PASSWORD, DB_DATASOURCE); the defaults give the embedded H2 database in
 * ./data so the application runs with no set-up.
 *
 * <p>Connection matching is off: every connection of this pool has the same credentials, so Payara's default for
 * application datasources (compare each free connection's credentials and settings before handing it out) only cost
 * time, about 1.4% of the server's CPU per complaint intake (bench/RESULTS.md, session 10).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/vocdesk",
        className = "${MPCONFIG=db.datasource}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {"fish.payara.log-jdbc-calls=false", "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit", "fish.payara.match-connections=false"})
@ApplicationScoped
public class VocDeskDataSource {
}
