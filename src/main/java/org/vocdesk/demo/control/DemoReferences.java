package org.vocdesk.demo.control;

import jakarta.persistence.EntityManager;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The managed categories, customers, users and departments the demo complaints refer to, by code or
 * username; loaded again after each clear of the persistence context.
 */
public final class DemoReferences {

    private final Map<String, Category> categories;
    private final Map<String, Customer> customers;
    private final Map<String, AppUser> users;
    private final Map<String, Department> departments;

    private DemoReferences(EntityManager em) {
        categories = em.createQuery("select c from Category c", Category.class).getResultStream()
                .collect(Collectors.toMap(Category::getCode, Function.identity()));
        customers = em.createQuery("select c from Customer c", Customer.class).getResultStream()
                .collect(Collectors.toMap(Customer::getCode, Function.identity()));
        users = em.createQuery("select u from AppUser u left join fetch u.department", AppUser.class).getResultStream()
                .collect(Collectors.toMap(AppUser::getUsername, Function.identity()));
        departments = em.createQuery("select d from Department d", Department.class).getResultStream()
                .collect(Collectors.toMap(Department::getCode, Function.identity()));
    }

    public static DemoReferences load(EntityManager em) {
        return new DemoReferences(em);
    }

    Category category(String code) {
        return require(categories, code);
    }

    Customer customer(String code) {
        return code == null ? null : require(customers, code);
    }

    AppUser user(String username) {
        return require(users, username);
    }

    Department department(String code) {
        return require(departments, code);
    }

    Actor actor(String username) {
        AppUser user = user(username);
        return new Actor(user.getUsername(), user.getRoles(), user.getDepartment() == null ? null : user.getDepartment().getId());
    }

    private static <T> T require(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo data refers to " + key + ", which is not in the database");
        }
        return value;
    }
}
