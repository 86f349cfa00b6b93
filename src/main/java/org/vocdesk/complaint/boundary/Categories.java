package org.vocdesk.complaint.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.CategoryDeadlinesChanged;
import org.vocdesk.platform.entity.BusinessException;

import java.util.List;
import java.util.Locale;

import static org.vocdesk.identity.entity.Role.Names.ADMINISTRATOR;
import static org.vocdesk.identity.entity.Role.Names.AUDITOR;

/**
 * The administrator's upkeep of complaint categories and their deadlines. A change of deadlines is
 * announced after the commit, and the open complaints of the category are planned again.
 */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class Categories {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CategoryDeadlinesChanged> deadlinesChanged;

    @RolesAllowed({ADMINISTRATOR, AUDITOR})
    public List<Category> list() {
        return em.createQuery("select c from Category c order by c.sortOrder, c.code", Category.class).getResultList();
    }

    public Category create(@Valid @NotNull CategoryInput input) {
        String code = input.code() == null ? null : input.code().strip().toUpperCase(Locale.ROOT);
        boolean taken = !em.createQuery("select c.id from Category c where c.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
        if (taken) {
            throw BusinessException.invalidField("code", "complaint.category.codeTaken", code);
        }
        Integer last = em.createQuery("select max(c.sortOrder) from Category c", Integer.class).getSingleResult();
        Category category = new Category(code, input.nameEn(), input.nameZh(), last == null ? 10 : last + 10);
        category.changeDeadlines(input.firstReplyWithin(), input.responseHighWithin(), input.responseMediumWithin(),
                input.responseLowWithin());
        category.activate(input.active());
        category.requireEightD(Boolean.TRUE.equals(input.requires8d()));
        em.persist(category);
        return category;
    }

    public Category update(@NotNull Long id, @Valid @NotNull CategoryInput input) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw BusinessException.notFound("complaint.category.notFound", id);
        }
        List<String> before = deadlines(category);
        category.rename(input.nameEn(), input.nameZh());
        category.changeDeadlines(input.firstReplyWithin(), input.responseHighWithin(), input.responseMediumWithin(),
                input.responseLowWithin());
        category.activate(input.active());
        if (input.requires8d() != null) {
            category.requireEightD(input.requires8d());
        }
        if (!before.equals(deadlines(category))) {
            deadlinesChanged.fire(new CategoryDeadlinesChanged(id));
        }
        return category;
    }

    private static List<String> deadlines(Category c) {
        return List.of(c.getFirstReplyWithin(), c.getResponseHighWithin(), c.getResponseMediumWithin(), c.getResponseLowWithin());
    }
}
