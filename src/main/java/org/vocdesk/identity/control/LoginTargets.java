package org.vocdesk.identity.control;

/** Where a login may send the browser afterwards: only paths inside the application, so no login becomes an open redirect. */
public final class LoginTargets {

    public static final String HOME = "/index.xhtml";

    private LoginTargets() {
    }

    public static String inside(String from) {
        return from != null && from.startsWith("/") && !from.startsWith("//") && !from.contains("\\") ? from : HOME;
    }
}
