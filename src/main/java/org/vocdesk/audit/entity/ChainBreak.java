package org.vocdesk.audit.entity;

import java.util.List;

/**
 * Where the chain does not hold: the position and revision, what kind of break, and for a changed revision the
 * record (audit table and key) and the fields that differ from what was sealed.
 */
public record ChainBreak(long seq, Long revision, Kind kind, String recordType, String recordKey, List<String> fields) {

    public enum Kind {
        /** positions missing before this one: revisions were deleted */
        MISSING_REVISIONS,
        /** the revision does not point to the hash of the one before */
        BROKEN_LINK,
        /** a sealed row's fields differ */
        RECORD_CHANGED,
        /** a sealed row is gone */
        RECORD_DELETED,
        /** a row appeared in a sealed revision */
        RECORD_ADDED,
        /** the content matches what was sealed but the stored hash was changed */
        HASH_CHANGED,
        /** the last sealed revisions are gone (the chain ends before its recorded head) */
        TRUNCATED
    }

    public long getSeq() {
        return seq;
    }

    public Long getRevision() {
        return revision;
    }

    public Kind getKind() {
        return kind;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public String getFieldList() {
        return fields == null ? "" : String.join(", ", fields);
    }
}
