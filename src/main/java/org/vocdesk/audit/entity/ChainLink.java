package org.vocdesk.audit.entity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of one revision in the chain: SHA-256 over the previous revision's hash, the revision's own fields and
 * every audit row it wrote, in a fixed order. One pass over data the sealer has just read, so it costs next to
 * nothing beside the reads.
 */
public final class ChainLink {

    public static final String GENESIS = "0".repeat(64);

    private ChainLink() {
    }

    public static String hash(String previousHash, AuditRow revision, List<AuditRow> rows) {
        MessageDigest digest = AuditRow.sha256();
        AuditRow.feed(digest, previousHash);
        revision.feed(digest);
        List<AuditRow> sorted = new ArrayList<>(rows);
        Collections.sort(sorted);
        AuditRow.feed(digest, Integer.toString(sorted.size()));
        for (AuditRow row : sorted) {
            row.feed(digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
