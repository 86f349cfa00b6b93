package org.vocdesk.audit.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Tells which records and fields of a revision differ from the digests taken when it was sealed. */
public final class SealComparison {

    private SealComparison() {
    }

    /**
     * @param seq      the revision's position
     * @param revision the revision number
     * @param sealed   sealed digests by table and key ("table|key"); a key may repeat in one revision (an element of
     *                 a collection removed and added again)
     * @param current  the rows as they read now, the revision's own row included
     */
    public static List<ChainBreak> compare(long seq, long revision, Map<String, List<String>> sealed, List<AuditRow> current) {
        List<ChainBreak> found = new ArrayList<>();
        Map<String, List<String>> remaining = new HashMap<>();
        sealed.forEach((key, digests) -> remaining.put(key, new ArrayList<>(digests)));
        List<AuditRow> unmatched = new ArrayList<>();
        for (AuditRow row : current) {
            List<String> candidates = remaining.get(row.table() + "|" + row.key());
            if (candidates == null || !candidates.remove(row.fieldDigests())) {
                unmatched.add(row);
            }
        }
        for (AuditRow row : unmatched) {
            List<String> candidates = remaining.get(row.table() + "|" + row.key());
            String digests = candidates == null || candidates.isEmpty() ? null : candidates.remove(0);
            if (digests == null) {
                found.add(new ChainBreak(seq, revision, ChainBreak.Kind.RECORD_ADDED, row.table(), row.key(), List.copyOf(row.fields().keySet())));
            } else if (!digests.equals(row.fieldDigests())) {
                found.add(new ChainBreak(seq, revision, ChainBreak.Kind.RECORD_CHANGED, row.table(), row.key(),
                        differingFields(AuditRow.parseDigests(digests), AuditRow.parseDigests(row.fieldDigests()))));
            }
        }
        remaining.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).sorted().forEach(gone -> {
            int bar = gone.indexOf('|');
            found.add(new ChainBreak(seq, revision, ChainBreak.Kind.RECORD_DELETED, gone.substring(0, bar), gone.substring(bar + 1), List.of()));
        });
        return found;
    }

    static List<String> differingFields(Map<String, String> sealed, Map<String, String> now) {
        List<String> fields = new ArrayList<>();
        sealed.forEach((name, digest) -> {
            if (!Objects.equals(digest, now.get(name))) {
                fields.add(name);
            }
        });
        now.keySet().stream().filter(name -> !sealed.containsKey(name)).forEach(fields::add);
        return fields;
    }
}
