package org.vocdesk.it;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.vocdesk.audit.entity.AuditRevision;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintEvent;
import org.vocdesk.complaint.entity.CustomerWait;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A session factory over a fresh in-memory H2 database migrated by the product's own Flyway hook, with
 * Hibernate validating the given entities against it: the schema checks of unit tests, no container.
 */
public final class MigratedSchema {

    /** A complaint and everything it maps to: tests of features built on complaints add their own entities. */
    public static final List<Class<?>> COMPLAINT = List.of(Complaint.class, ComplaintEvent.class, CustomerWait.class,
            Category.class, Customer.class, AppUser.class, Department.class);

    /** The Envers settings of persistence.xml. */
    public static final Map<String, String> ENVERS = Map.of(
            "org.hibernate.envers.audit_table_suffix", "_aud",
            "org.hibernate.envers.revision_field_name", "rev",
            "org.hibernate.envers.revision_type_field_name", "revtype",
            "org.hibernate.envers.store_data_at_delete", "true",
            "org.hibernate.envers.revision_on_collection_change", "false");

    private MigratedSchema() {
    }

    /** Validates {@link #COMPLAINT} and the given entities. */
    public static SessionFactory withComplaints(String databaseName, Class<?>... entities) {
        List<Class<?>> all = new ArrayList<>(COMPLAINT);
        all.addAll(List.of(entities));
        return sessions(databaseName, all.toArray(Class<?>[]::new));
    }

    public static SessionFactory sessions(String databaseName, Class<?>... entities) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1");
        Configuration configuration = new Configuration();
        configuration.getProperties().put("hibernate.connection.datasource", dataSource);
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        // Envers is on the class path: its audit tables are validated too, set up as in persistence.xml
        configuration.addAnnotatedClass(AuditRevision.class);
        ENVERS.forEach(configuration::setProperty);
        return configuration
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .buildSessionFactory();
    }
}
