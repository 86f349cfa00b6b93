package org.vocdesk.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Every REST resource needs a caller unless it (or its class) is marked {@code @PermitAll}. Without
 * this, an anonymous call would reach the boundary and come back as 403 "not allowed", when the
 * honest answer is 401 "who are you?" (the mapper turns the exception into a problem document).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerRequired implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null || isPublic()) {
            return;
        }
        throw new NotAuthorizedException("Bearer");
    }

    private boolean isPublic() {
        return resource.getResourceMethod() == null
                || resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || resource.getResourceClass().isAnnotationPresent(PermitAll.class);
    }
}
