package org.vocdesk.capa.entity;

import org.vocdesk.identity.entity.Role;

/** First the responsible department's manager signs, then the quality manager reviews. */
public enum ApprovalStage {
    DEPARTMENT_SIGN(Role.DEPARTMENT_MANAGER), QUALITY_REVIEW(Role.QUALITY_MANAGER);

    private final Role role;

    ApprovalStage(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
