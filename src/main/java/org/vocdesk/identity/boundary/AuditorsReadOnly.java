package org.vocdesk.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.vocdesk.identity.entity.Role;

import java.util.Set;

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

    private static boolean onlyAuditor(SecurityContext caller) {
        if (!caller.isUserInRole(Role.AUDITOR.name())) {
            return false;
        }
        for (Role role : Role.values()) {
            if (role != Role.AUDITOR && caller.isUserInRole(role.name())) {
                return false;
            }
        }
        return true;
    }
}
