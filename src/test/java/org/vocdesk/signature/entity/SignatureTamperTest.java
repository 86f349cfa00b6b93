package org.vocdesk.signature.entity;

import org.junit.jupiter.api.Test;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureTamperTest {

    static final Instant NOW = Instant.parse("2025-06-02T03:04:05.123456789Z");
    static final SignedSubject SUBJECT = new SignedSubject("COMPLAINT_CLOSURE", 42, 1);
    static final CanonicalText CONTENT = CanonicalText.builder().field("number", "CF2025060001").field("resolution", "更换外壳").build();
    static final Signer GM = new Signer("gm", "总经理 Zhou", Role.GENERAL_MANAGER);

    SignedContent stored = new SignedContent(SUBJECT, CONTENT, NOW);

    @Test
    void aFreshSignatureIsValidForTheContentItSigned() {
        Signature signature = new Signature(stored, GM, SignatureMeaning.APPROVED, null, NOW);
        assertThat(signature.statusAgainst(CONTENT)).isEqualTo(SignatureStatus.VALID);
        assertThat(signature.getContentHash()).isEqualTo(CONTENT.sha256());
        assertThat(signature.subject()).isEqualTo(SUBJECT);
        assertThat(signature.getSignedAt()).isEqualTo(Instant.parse("2025-06-02T03:04:05.123Z"));
    }

    @Test
    void contentChangedAfterSigningIsTampered() {
        Signature signature = new Signature(stored, GM, SignatureMeaning.APPROVED, null, NOW);
        CanonicalText changed = CanonicalText.builder().field("number", "CF2025060001").field("resolution", "更换外壳和螺丝").build();
        assertThat(signature.statusAgainst(changed)).isEqualTo(SignatureStatus.TAMPERED);
    }

    @Test
    void anEditedStoredTextIsTamperedEvenWithoutTheCurrentContent() throws Exception {
        Signature signature = new Signature(stored, GM, SignatureMeaning.APPROVED, null, NOW);
        set(stored, "canonicalText", CONTENT.text().replace("更换外壳", "无需处理"));
        assertThat(signature.statusAgainst(null)).isEqualTo(SignatureStatus.TAMPERED);
    }

    @Test
    void anEditedStoredTextWithARecomputedHashStillDoesNotMatchTheSignature() throws Exception {
        Signature signature = new Signature(stored, GM, SignatureMeaning.APPROVED, null, NOW);
        String forged = CONTENT.text().replace("更换外壳", "无需处理");
        set(stored, "canonicalText", forged);
        set(stored, "contentHash", CanonicalText.sha256(forged));
        assertThat(signature.statusAgainst(CanonicalText.ofStored(forged))).isEqualTo(SignatureStatus.TAMPERED);
    }

    @Test
    void anEditedSignatureRowBreaksItsSeal() throws Exception {
        Signature signature = new Signature(stored, GM, SignatureMeaning.REJECTED, "D4 incomplete", NOW);
        set(signature, "meaning", SignatureMeaning.APPROVED);
        assertThat(signature.statusAgainst(CONTENT)).isEqualTo(SignatureStatus.TAMPERED);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> new Signature(stored, GM, SignatureMeaning.REJECTED, "  ", NOW))
                .isInstanceOf(BusinessException.class).hasMessageContaining("signature.reason.required");
    }

    @Test
    void aSignedRevisionCannotTakeOtherContent() {
        CanonicalText other = CanonicalText.builder().field("number", "CF2025060001").field("resolution", "other").build();
        stored.requireSame(CONTENT);
        assertThatThrownBy(() -> stored.requireSame(other)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("signature.revision.contentChanged");
    }

    @Test
    void theSignerSignsInARoleTheyHoldMostSeniorByDefault() {
        AppUser user = new AppUser("zhou", "Zhou", null, "hash");
        user.grant(EnumSet.of(Role.QUALITY_MANAGER, Role.GENERAL_MANAGER));
        assertThat(Signer.of(user, null).role()).isEqualTo(Role.GENERAL_MANAGER);
        assertThat(Signer.of(user, Role.QUALITY_MANAGER).role()).isEqualTo(Role.QUALITY_MANAGER);
        assertThatThrownBy(() -> Signer.of(user, Role.CLERK)).isInstanceOf(BusinessException.class);
        AppUser auditor = new AppUser("audit", "Audit", null, "hash");
        auditor.grant(EnumSet.of(Role.AUDITOR));
        assertThatThrownBy(() -> Signer.of(auditor, null)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("signature.role.none");
    }

    static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
