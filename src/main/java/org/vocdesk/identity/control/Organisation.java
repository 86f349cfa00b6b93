package org.vocdesk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;

import java.util.List;

/** Questions other features ask about the organisation: who holds a role, who manages a department. */
@ApplicationScoped
public class Organisation {

    @PersistenceContext
    EntityManager em;

    public List<AppUser> usersWithRole(Role role) {
        return em.createQuery("select distinct u from AppUser u join u.roles r where r = :role and u.active = true order by u.displayName", AppUser.class)
                .setParameter("role", role).getResultList();
    }

    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.name", Department.class).getResultList();
    }

    public List<AppUser> activeUsers() {
        return em.createQuery("select u from AppUser u where u.active = true order by u.displayName", AppUser.class).getResultList();
    }

    public AppUser user(Long id) {
        return id == null ? null : em.find(AppUser.class, id);
    }

    public Department department(Long id) {
        return id == null ? null : em.find(Department.class, id);
    }
}
