package org.vocdesk.complaint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.complaint.entity.ComplaintStatus;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;

import java.time.Instant;
import java.util.Set;

/**
 * A user's open work, built from ledger filters. Due and overdue complaints are looked at in the user's
 * scope: a handler sees what is assigned to them, a department manager what they supervise (their department
 * and the departments they were appointed to manage: what the ledger shows them, see {@link Visibility}; their
 * own department only when their scope was widened to all), and those who watch the whole process (quality and
 * general manager, clerks who send the first replies, auditors) all.
 */
@ApplicationScoped
public class Worklist {

    static final int ROWS = 10;
    private static final WorkDuration SOON = WorkDuration.parse("1d");

    @Inject
    ComplaintLedger ledger;

    @Inject
    WorkingCalendars calendars;

    @Inject
    CallerVisibility callers;

    public MyWork of(AppUser user, Instant now) {
        Set<Role> roles = user.getRoles();
        LedgerFilter open = LedgerFilter.open();
        LedgerFilter scope = scope(user, roles, open, callers.current().all());
        Instant soon = calendars.defaultCalendar().plus(now, SOON);
        MyWork.Part toTriage = roles.contains(Role.QUALITY_MANAGER) || roles.contains(Role.GENERAL_MANAGER)
                ? part(LedgerFilter.none().withStatusIn(Set.of(ComplaintStatus.RECEIVED, ComplaintStatus.REOPENED)), now, "receivedAt", true)
                : null;
        return new MyWork(part(open.withHandler(user.getId()), now, "responseDue", true),
                part(scope.withOverdue(false).withDueBefore(soon), now, "responseDue", true),
                part(scope.withOverdue(true), now, "responseDue", true), toTriage);
    }

    static LedgerFilter scope(AppUser user, Set<Role> roles, LedgerFilter open, boolean seesAll) {
        if (roles.contains(Role.QUALITY_MANAGER) || roles.contains(Role.GENERAL_MANAGER) || roles.contains(Role.CLERK)
                || roles.contains(Role.AUDITOR)) {
            return open;
        }
        if (roles.contains(Role.DEPARTMENT_MANAGER) && !seesAll) {
            return open;
        }
        if (roles.contains(Role.DEPARTMENT_MANAGER) && user.getDepartment() != null) {
            return open.withDepartment(user.getDepartment().getId());
        }
        return open.withHandler(user.getId());
    }

    private MyWork.Part part(LedgerFilter filter, Instant now, String sort, boolean ascending) {
        return new MyWork.Part(ledger.page(filter, now, 0, ROWS, sort, ascending), ledger.count(filter, now));
    }
}
