package org.vocdesk.audit.entity;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash of a revision and the location of a change against what was sealed. */
class ChainLinkTest {

    static final AuditRow REVISION = new AuditRow(AuditRow.REVISION, "7", Map.of("username", "quality", "channel", "REST",
            "revised_at", "1767225600000", "client_address", "10.0.0.5"));

    static AuditRow complaint(String words) {
        return new AuditRow("complaint", "42", Map.of("revtype", "1", "status", "TRIAGED", "customer_words", words));
    }

    static final AuditRow EVENT = new AuditRow("complaint_event", "99", Map.of("revtype", "0", "kind", "TRIAGED"));

    @Test
    void theHashDependsOnThePreviousHashTheRevisionAndEveryValue() {
        String hash = ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(complaint("cracked"), EVENT));
        assertThat(hash).hasSize(64).isEqualTo(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(complaint("cracked"), EVENT)));
        assertThat(ChainLink.hash("1".repeat(64), REVISION, List.of(complaint("cracked"), EVENT))).isNotEqualTo(hash);
        assertThat(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(complaint("cracked!"), EVENT))).isNotEqualTo(hash);
        assertThat(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(complaint("cracked")))).isNotEqualTo(hash);
        AuditRow otherUser = new AuditRow(AuditRow.REVISION, "7", Map.of("username", "gm", "channel", "REST",
                "revised_at", "1767225600000", "client_address", "10.0.0.5"));
        assertThat(ChainLink.hash(ChainLink.GENESIS, otherUser, List.of(complaint("cracked"), EVENT))).isNotEqualTo(hash);
    }

    @Test
    void theOrderInWhichRowsAreReadDoesNotMatter() {
        assertThat(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(EVENT, complaint("x"))))
                .isEqualTo(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(complaint("x"), EVENT)));
    }

    @Test
    void valuesCannotPassForFieldBoundaries() {
        AuditRow a = new AuditRow("t", "1", Map.of("a", "b:c", "d", "e"));
        AuditRow b = new AuditRow("t", "1", Map.of("a", "b", "c:d", "e"));
        assertThat(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(a))).isNotEqualTo(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(b)));
    }

    @Test
    void aColumnAddedLaterAndEmptyInOldRowsDoesNotChangeTheirHash() {
        Map<String, String> withNewColumn = new HashMap<>(Map.of("revtype", "1", "status", "TRIAGED", "customer_words", "x"));
        withNewColumn.put("voided_reason", null);
        assertThat(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(new AuditRow("complaint", "42", withNewColumn))))
                .isEqualTo(ChainLink.hash(ChainLink.GENESIS, REVISION, List.of(complaint("x"))));
    }

    @Test
    void aComparisonWithTheSealNamesTheChangedFieldAndTheDeletedAndAddedRows() {
        Map<String, List<String>> sealed = Map.of(
                "complaint|42", List.of(complaint("cracked").fieldDigests()),
                "complaint_event|99", List.of(EVENT.fieldDigests()),
                AuditRow.REVISION + "|7", List.of(REVISION.fieldDigests()));
        AuditRow added = new AuditRow("customer_reply", "5", Map.of("revtype", "0", "reply_text", "hi"));

        List<ChainBreak> found = SealComparison.compare(3, 7, sealed, List.of(complaint("forged"), REVISION, added));

        assertThat(found).containsExactlyInAnyOrder(
                new ChainBreak(3, 7L, ChainBreak.Kind.RECORD_CHANGED, "complaint", "42", List.of("customer_words")),
                new ChainBreak(3, 7L, ChainBreak.Kind.RECORD_ADDED, "customer_reply", "5", List.of("reply_text", "revtype")),
                new ChainBreak(3, 7L, ChainBreak.Kind.RECORD_DELETED, "complaint_event", "99", List.of()));
        assertThat(SealComparison.compare(3, 7, sealed, List.of(complaint("cracked"), REVISION, EVENT))).isEmpty();
    }

    @Test
    void anElementRemovedAndAddedAgainInOneRevisionIsMatchedByItsValues() {
        AuditRow removed = new AuditRow("capa_team_member", "1/0", Map.of("revtype", "2", "name", "王工"));
        AuditRow addedBack = new AuditRow("capa_team_member", "1/0", Map.of("revtype", "0", "name", "李工"));
        Map<String, List<String>> sealed = Map.of("capa_team_member|1/0", List.of(removed.fieldDigests(), addedBack.fieldDigests()));

        assertThat(SealComparison.compare(1, 1, sealed, List.of(addedBack, removed))).isEmpty();
        AuditRow forged = new AuditRow("capa_team_member", "1/0", Map.of("revtype", "0", "name", "赵工"));
        assertThat(SealComparison.compare(1, 1, sealed, List.of(forged, removed)))
                .containsExactly(new ChainBreak(1, 1L, ChainBreak.Kind.RECORD_CHANGED, "capa_team_member", "1/0", List.of("name")));
    }

    @Test
    void historyListsOnlyTheFieldsThatChanged() {
        List<FieldChange> changes = HistoryEntry.diff(
                new AuditRow("complaint", "42", Map.of("revtype", "0", "status", "RECEIVED", "product", "H200", "version", "0")),
                new AuditRow("complaint", "42", Map.of("revtype", "1", "status", "TRIAGED", "product", "H200", "priority", "HIGH", "version", "1")));
        assertThat(changes).containsExactlyInAnyOrder(new FieldChange("status", "RECEIVED", "TRIAGED"), new FieldChange("priority", null, "HIGH"));
    }
}
