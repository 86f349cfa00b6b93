package org.vocdesk.it;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintEvent;
import org.vocdesk.complaint.entity.CustomerWait;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;

import java.util.ArrayList;
import java.util.List;

/**
 * A session factory over a fresh in-memory H2 database migrated by the product's own Flyway hook, with
 * Hibernate validating the given entities against it: the schema checks of unit tests, no container.
 */
public final class MigratedSchema {

    /** A complaint and everything it maps to: tests of features built on complaints add their own entities. */
    public static final List<Class<?>> COMPLAINT = List.of(Complaint.class, ComplaintEvent.class, CustomerWait.class,
            Category.class, Customer.class, AppUser.class, Department.class);

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
        return configuration
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.xml_mapping_enabled", "false")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .buildSessionFactory();
    }
}
