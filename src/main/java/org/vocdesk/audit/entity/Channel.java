package org.vocdesk.audit.entity;

/** Where a change came from: a staff page, the REST API, a public (customer) page, or the server itself (timers, start-up). */
public enum Channel {
    PAGE, REST, PUBLIC, SYSTEM;

    /** The channel of a request path inside the application (without the context path). */
    public static Channel ofPath(String path) {
        if (path == null) {
            return SYSTEM;
        }
        if (path.startsWith("/api/public/") || path.startsWith("/public/")) {
            return PUBLIC;
        }
        return path.startsWith("/api/") ? REST : PAGE;
    }
}
