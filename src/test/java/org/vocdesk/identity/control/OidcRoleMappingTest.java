package org.vocdesk.identity.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.Role;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OidcRoleMappingTest {

    private final OidcRoleMapping mapping = OidcRoleMapping.parse(
            " vocdesk-quality = QUALITY_MANAGER, vocdesk-admins=ADMINISTRATOR,cn=Auditors=auditor, vocdesk-quality=AUDITOR ");

    @Test
    void listedClaimValuesGiveTheirRoles() {
        assertThat(mapping.rolesFor(List.of("vocdesk-quality"))).containsExactlyInAnyOrder(Role.QUALITY_MANAGER, Role.AUDITOR);
        assertThat(mapping.rolesFor(List.of("vocdesk-admins", "other"))).containsExactly(Role.ADMINISTRATOR);
        assertThat(mapping.rolesFor(List.of("cn=Auditors"))).containsExactly(Role.AUDITOR); // a value may hold '=' (the last one splits)
    }

    @Test
    void unlistedValuesGiveNothingEvenWhenSpelledLikeARole() {
        assertThat(mapping.rolesFor(List.of("ADMINISTRATOR", "QUALITY_MANAGER", "Vocdesk-Quality"))).isEmpty();
        assertThat(mapping.rolesFor(List.of())).isEmpty();
        assertThat(mapping.rolesFor(null)).isEmpty();
        assertThat(OidcRoleMapping.parse("").rolesFor(List.of("ADMINISTRATOR"))).isEmpty();
    }

    @Test
    void aMisspelledRoleOrEntryStopsTheConfiguration() {
        assertThatThrownBy(() -> OidcRoleMapping.parse("group=ADMIN")).hasMessageContaining("'ADMIN' is not a role");
        assertThatThrownBy(() -> OidcRoleMapping.parse("group")).hasMessageContaining("not claim-value=ROLE");
        assertThatThrownBy(() -> OidcRoleMapping.parse("group=")).hasMessageContaining("not claim-value=ROLE");
    }
}
