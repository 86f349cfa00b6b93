package org.vocdesk.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.customer.entity.CustomerData;
import org.vocdesk.demo.control.DemoComplaint;
import org.vocdesk.demo.control.DemoComplaintWriter;
import org.vocdesk.demo.control.DemoContent;
import org.vocdesk.demo.control.DemoDepartment;
import org.vocdesk.demo.control.DemoReferences;
import org.vocdesk.demo.control.DemoUser;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the demo content in one transaction: all or nothing, so a failed load is simply tried again at the
 * next start. Departments, users and customers that already exist (same code or username) are kept as they
 * are. Writes are flushed explicitly, every {@value #CLEAR_EVERY} complaints, and the persistence context is
 * cleared then: with automatic flushing every query of the number counter, the calendar and the repeat
 * detector would dirty-check every managed entity again (most of the load time on a busy machine). The
 * queries need nothing unflushed: a complaint is inserted at persist (identity key), its later changes
 * concern no query.
 */
@Stateless
public class DemoSeeding {

    private static final int CLEAR_EVERY = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoComplaintWriter writer;

    @Inject
    org.vocdesk.returns.control.DemoReturns returns;
    org.vocdesk.survey.control.SurveyDemo surveyDemo;

    public record Result(int departments, int users, int customers, int complaints) {
    }

    public boolean hasComplaints() {
        return em.createQuery("select count(c) from Complaint c", Long.class).getSingleResult() > 0;
    }

    public List<String> existingUsernames() {
        return em.createQuery("select u.username from AppUser u", String.class).getResultList();
    }

    /** passwordHash: the hash of the password all new demo users get. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result load(DemoContent content, String passwordHash, Instant now) {
        int departments = departments(content.departments());
        int users = users(content.users(), passwordHash);
        content.departments().forEach(d -> department(d.code()).appointManager(user(d.managerUsername())));
        int customers = customers(content.customers(), now);
        em.flush();
        em.setFlushMode(FlushModeType.COMMIT);
        DemoReferences refs = DemoReferences.load(em);
        int written = 0;
        for (DemoComplaint plan : content.complaints()) {
            writer.write(plan, refs);
            if (++written % CLEAR_EVERY == 0) {
                em.flush();
                em.clear();
                refs = DemoReferences.load(em);
            }
        }
        returns.addTo(em, now);
        surveyDemo.load(now);
        return new Result(departments, users, customers, written);
    }

    private int departments(List<DemoDepartment> wanted) {
        int created = 0;
        for (DemoDepartment d : wanted) {
            if (department(d.code()) == null) {
                em.persist(new Department(d.code(), d.name()));
                created++;
            }
        }
        em.flush();
        return created;
    }

    private int users(List<DemoUser> wanted, String hash) {
        int created = 0;
        for (DemoUser u : wanted) {
            if (user(u.username()) != null) {
                continue;
            }
            if (hash == null) {
                throw new IllegalStateException("No password for the demo user " + u.username());
            }
            AppUser user = new AppUser(u.username(), u.displayName(), u.email(), hash);
            user.grant(u.roles());
            user.assignTo(u.departmentCode() == null ? null : department(u.departmentCode()));
            em.persist(user);
            created++;
        }
        em.flush();
        return created;
    }

    private int customers(List<CustomerData> wanted, Instant now) {
        Set<String> existing = new HashSet<>(em.createQuery("select c.code from Customer c", String.class).getResultList());
        int created = 0;
        for (CustomerData data : wanted) {
            if (!existing.contains(data.code())) {
                em.persist(new Customer(data, now));
                created++;
            }
        }
        return created;
    }

    private Department department(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private AppUser user(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
    }
}
