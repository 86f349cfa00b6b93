package org.vocdesk.identity.entity;

/** The roles of domain.md; the names are also the container's security roles and groups. */
public enum Role {
    CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR;

    /** Role names as used in @RolesAllowed. */
    public static final class Names {
        public static final String CLERK = "CLERK";
        public static final String HANDLER = "HANDLER";
        public static final String DEPARTMENT_MANAGER = "DEPARTMENT_MANAGER";
        public static final String QUALITY_MANAGER = "QUALITY_MANAGER";
        public static final String GENERAL_MANAGER = "GENERAL_MANAGER";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";

        private Names() {
        }
    }
}
