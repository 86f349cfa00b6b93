package org.vocdesk.platform.control;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Migrates the schema with Flyway while Hibernate builds its session factory, before it validates the
 * mapping against the tables. Hooking in here (rather than a startup bean) is what puts the migration
 * ahead of JPA: the container creates the persistence unit before any application bean runs.
 */
public class FlywayMigration implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigration.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
        var result = Flyway.configure(FlywayMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // each branch has its own version range (notes/conventions.md), some below versions already applied
                // elsewhere (performance: V531-V539, V702-V719 < V801): an existing database must still get them
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
