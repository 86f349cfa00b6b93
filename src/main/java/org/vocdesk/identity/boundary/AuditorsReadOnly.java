package org.vocdesk.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.vocdesk.identity.entity.Role;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Auditors read everything and change nothing (domain.md): a caller who is only an auditor gets 403 for every
 * REST request that is not a read, before any input is looked at, whatever the resource or boundary says; their
 * own account (language, API tokens under /api/me, a new token from /api/tokens) and starting a report job are the
 * exceptions. (An auditor's token sent to the customers' public endpoints
 * is refused too: auditors have no business answering for a customer.) One rule here instead of a promise kept by
 * every new endpoint.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuditorsReadOnly implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** Starting a report (the audit pack above all) only reads: it is how auditors take records away. */
    private static final java.util.regex.Pattern REPORT_JOB = java.util.regex.Pattern.compile("reports/[a-z0-9-]+/jobs");

    /** The servlet request behind the current call (a proxy, safe in this singleton). */
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext caller = request.getSecurityContext();
        if (READS.contains(request.getMethod()) || caller.getUserPrincipal() == null || !onlyAuditor(caller)) {
            return;
        }
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith("me/") || path.equals("me") || path.equals("tokens") || REPORT_JOB.matcher(path).matches()) {
            return;
        }
        throw new ForbiddenException();
    }

    /**
     * A caller with an API token (every change through REST: a session alone may only read there) brought their
     * roles along with it. Asking the container instead costs a policy check per role, and the one that answers "no"
     * is not cached: 2.6% of the server's CPU per complaint intake (bench/RESULTS.md, session 10).
     */
    private boolean onlyAuditor(SecurityContext caller) {
        if (servletRequest.getAttribute(VocDeskAuthentication.TOKEN_ROLES) instanceof Set<?> roles) {
            return onlyAuditor(roles::contains);
        }
        return onlyAuditor(caller::isUserInRole);
    }

    static boolean onlyAuditor(Predicate<String> hasRole) {
        if (!hasRole.test(Role.AUDITOR.name())) {
            return false;
        }
        for (Role role : Role.values()) {
            if (role != Role.AUDITOR && hasRole.test(role.name())) {
                return false;
            }
        }
        return true;
    }
}
