package org.vocdesk.audit.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What one revision did to one record: who, when, from where, and each field before and after. */
public record HistoryEntry(long revision, Instant at, String username, String channel, String clientAddress,
                           String recordType, String recordKey, ChangeKind kind, List<FieldChange> changes) {

    /** Envers' revtype: 0 added, 1 changed, 2 deleted. */
    public enum ChangeKind {
        ADDED, CHANGED, DELETED;

        public static ChangeKind ofRevtype(String revtype) {
            return revtype == null ? CHANGED : values()[Integer.parseInt(revtype)];
        }
    }

    /** Bookkeeping columns that change with every write and tell an auditor nothing. */
    private static final Set<String> NOT_SHOWN = Set.of("rev", "revtype", "version");

    /** The fields that differ between a record's previous row (null: none) and this one. */
    public static List<FieldChange> diff(AuditRow before, AuditRow after) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : after.fields().keySet()) {
            String old = before == null ? null : before.field(field);
            if (!NOT_SHOWN.contains(field) && !Objects.equals(old, after.field(field))) {
                changes.add(new FieldChange(field, old, after.field(field)));
            }
        }
        if (before != null) {
            before.fields().keySet().stream()
                    .filter(field -> !NOT_SHOWN.contains(field) && !after.fields().containsKey(field))
                    .forEach(field -> changes.add(new FieldChange(field, before.field(field), null)));
        }
        return changes;
    }

    public long getRevision() {
        return revision;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getChannel() {
        return channel;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
