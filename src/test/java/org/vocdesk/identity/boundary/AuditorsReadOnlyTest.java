package org.vocdesk.identity.boundary;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditorsReadOnlyTest {

    @Test
    void onlyACallerWhoseOnlyRoleIsAuditorIsHeldToReading() {
        assertThat(AuditorsReadOnly.onlyAuditor(Set.of("AUDITOR")::contains)).isTrue();
        assertThat(AuditorsReadOnly.onlyAuditor(Set.of("AUDITOR", "CLERK")::contains)).as("an auditor who is also a clerk").isFalse();
        assertThat(AuditorsReadOnly.onlyAuditor(Set.of("AUDITOR", "ADMINISTRATOR")::contains)).isFalse();
        assertThat(AuditorsReadOnly.onlyAuditor(Set.of("CLERK")::contains)).isFalse();
        assertThat(AuditorsReadOnly.onlyAuditor(Set.<String>of()::contains)).isFalse();
    }
}
