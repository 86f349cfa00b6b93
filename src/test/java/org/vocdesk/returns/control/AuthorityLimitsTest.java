package org.vocdesk.returns.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.returns.entity.Authority;
import org.vocdesk.returns.entity.CompensationClaim;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default limits of the issue (clerk 12, department manager 48, above that the general manager) at their edges. */
class AuthorityLimitsTest {

    private static final Instant NOW = Instant.parse("2025-03-06T02:00:00Z");
    private final AuthorityLimits limits = AuthorityLimits.parse(AuthorityLimits.DEFAULT);

    @Test
    void aClerkApprovesExactlyTwelveUnitsButNotThirteen() {
        assertThat(approvedBy(Role.CLERK, 12).getApprovedUnits()).isEqualTo(12);
        assertRefused(Role.CLERK, 13, "returns.compensation.aboveLimit.DEPARTMENT_MANAGER", 13, 12);
    }

    @Test
    void aDepartmentManagerApprovesExactlyFortyEightButNotFortyNine() {
        assertThat(approvedBy(Role.DEPARTMENT_MANAGER, 48).getApprovedUnits()).isEqualTo(48);
        assertRefused(Role.DEPARTMENT_MANAGER, 49, "returns.compensation.aboveLimit.GENERAL_MANAGER", 49, 48);
    }

    @Test
    void theGeneralManagerApprovesAboveFortyEight() {
        CompensationClaim claim = approvedBy(Role.GENERAL_MANAGER, 10_000);
        assertThat(claim.getApprovedUnits()).isEqualTo(10_000);
        assertThat(claim.getDecidedRole()).isEqualTo(Role.GENERAL_MANAGER);
        assertThat(claim.getDecidedBy()).isEqualTo("approver");
        assertThat(claim.getDecidedAt()).isEqualTo(NOW);
    }

    @Test
    void theHighestLimitOfTheCallersRolesApplies() {
        Authority both = limits.require("li", Set.of(Role.CLERK, Role.DEPARTMENT_MANAGER, Role.AUDITOR));
        assertThat(both.role()).isEqualTo(Role.DEPARTMENT_MANAGER);
        assertThat(both.limit()).isEqualTo(48);
    }

    @Test
    void handlersAndAuditorsHaveNoAuthority() {
        assertThat(limits.of("h", Set.of(Role.HANDLER, Role.AUDITOR))).isEmpty();
        assertThatThrownBy(() -> limits.require("h", Set.of(Role.HANDLER)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo("returns.compensation.noAuthority");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
                });
    }

    @Test
    void theRoleToAskIsTheSmallestLimitThatCoversTheUnits() {
        assertThat(limits.neededFor(1)).contains(Role.CLERK);
        assertThat(limits.neededFor(12)).contains(Role.CLERK);
        assertThat(limits.neededFor(13)).hasValueSatisfying(r -> assertThat(r).isIn(Role.DEPARTMENT_MANAGER, Role.QUALITY_MANAGER));
        assertThat(limits.neededFor(49)).contains(Role.GENERAL_MANAGER);
    }

    @Test
    void limitsAreConfigurableAndWithoutAnUnlimitedRoleNobodyApprovesAboveTheTop() {
        AuthorityLimits strict = AuthorityLimits.parse("CLERK:5, DEPARTMENT_MANAGER:20");
        assertThat(strict.require("c", Set.of(Role.CLERK)).covers(5)).isTrue();
        assertThat(strict.require("c", Set.of(Role.CLERK)).covers(6)).isFalse();
        assertThat(strict.of("g", Set.of(Role.GENERAL_MANAGER))).isEmpty();
        assertThat(strict.neededFor(21)).isEmpty();
    }

    @Test
    void aMalformedSettingFailsLoudly() {
        assertThatThrownBy(() -> AuthorityLimits.parse("CLERK=12")).hasMessageContaining("CLERK=12");
        assertThatThrownBy(() -> AuthorityLimits.parse("CLERK:-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> AuthorityLimits.parse("BOSS:1")).isInstanceOf(IllegalArgumentException.class);
    }

    private CompensationClaim approvedBy(Role role, int units) {
        CompensationClaim claim = new CompensationClaim(1, units, "两箱外壳开裂", "clerk", NOW);
        claim.approve(limits.require("approver", Set.of(role)), limits.neededFor(units).orElse(null), null, NOW);
        return claim;
    }

    private void assertRefused(Role role, int units, String key, Object... arguments) {
        CompensationClaim claim = new CompensationClaim(1, units, "两箱外壳开裂", "clerk", NOW);
        assertThatThrownBy(() -> claim.approve(limits.require("approver", Set.of(role)), limits.neededFor(units).orElse(null), null, NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
                });
        assertThat(claim.getStatus()).isEqualTo(org.vocdesk.returns.entity.ClaimStatus.REQUESTED);
        assertThat(claim.getDecidedBy()).isNull();
        assertThat(claim.getApprovedUnits()).isNull();
    }
}
