package org.vocdesk.audit.entity;

import java.time.Instant;
import java.util.List;

/** The result of re-checking the whole chain. */
public record Verification(boolean intact, long revisionsChecked, String headHash, Instant checkedAt, List<ChainBreak> breaks) {

    public boolean isIntact() {
        return intact;
    }

    public long getRevisionsChecked() {
        return revisionsChecked;
    }

    public String getHeadHash() {
        return headHash;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public List<ChainBreak> getBreaks() {
        return breaks;
    }
}
