package org.vocdesk.returns.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompensationClaimTest {

    private static final Instant NOW = Instant.parse("2025-03-06T02:00:00Z");
    private static final Authority MANAGER = new Authority("wang", Role.DEPARTMENT_MANAGER, 48);

    @Test
    void aClaimNeedsAtLeastOneUnitAndAReason() {
        assertKey(() -> new CompensationClaim(1, 0, "reason", "c", NOW), "returns.error.units");
        assertKey(() -> new CompensationClaim(1, null, "reason", "c", NOW), "returns.error.units");
        assertKey(() -> new CompensationClaim(1, 3, "  ", "c", NOW), "returns.error.claimReasonRequired");
    }

    @Test
    void aDecidedClaimCannotBeDecidedAgain() {
        CompensationClaim claim = new CompensationClaim(1, 6, "漏装配件", "c", NOW);
        claim.approve(MANAGER, Role.CLERK, "送 6 件", NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim.getDecisionComment()).isEqualTo("送 6 件");
        assertKey(() -> claim.approve(MANAGER, Role.CLERK, null, NOW), "returns.error.claimDecided.APPROVED");
        assertKey(() -> claim.reject(MANAGER, "no", NOW), "returns.error.claimDecided.APPROVED");
    }

    @Test
    void aRejectionNeedsItsReasonAndGrantsNothing() {
        CompensationClaim claim = new CompensationClaim(1, 100, "整批更换", "c", NOW);
        assertKey(() -> claim.reject(MANAGER, "", NOW), "returns.error.rejectReasonRequired");
        claim.reject(MANAGER, "顾客原因", NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(claim.getApprovedUnits()).isNull();
        assertThat(claim.getDecidedRole()).isEqualTo(Role.DEPARTMENT_MANAGER);
    }

    @Test
    void anOutdatedVersionIsAConflict() {
        CompensationClaim claim = new CompensationClaim(1, 6, "漏装配件", "c", NOW);
        claim.requireVersion(0L);
        claim.requireVersion(null);
        assertThatThrownBy(() -> claim.requireVersion(3L)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT));
    }

    static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
