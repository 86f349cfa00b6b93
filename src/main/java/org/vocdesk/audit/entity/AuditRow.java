package org.vocdesk.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of an audit table as the chain sees it: its table, its key and its non-empty fields as canonical text
 * (see {@code AuditRows}). Empty fields are left out, so a column added to a table later (empty in old rows) does
 * not change what old revisions hash to.
 */
public final class AuditRow implements Comparable<AuditRow> {

    /** Pseudo table of a revision's own fields (who, when, from where), sealed like a row. */
    public static final String REVISION = "audit_revision";

    private static final MessageDigest SHA_256 = newSha256();

    private final String table;
    private final String key;
    private final SortedMap<String, String> fields;

    public AuditRow(String table, String key, Map<String, String> fields) {
        this.table = table;
        this.key = key;
        this.fields = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (value != null) {
                this.fields.put(name, value);
            }
        });
    }

    public String table() {
        return table;
    }

    public String key() {
        return key;
    }

    public SortedMap<String, String> fields() {
        return fields;
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** Length-prefixed, so no value can pass for a field boundary. */
    public void feed(MessageDigest digest) {
        feed(digest, table);
        feed(digest, key);
        fields.forEach((name, value) -> {
            feed(digest, name);
            feed(digest, value);
        });
    }

    static void feed(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    /** name:8 hex digits per field, to tell later which field of a sealed row changed (not a proof: the chain is). */
    public String fieldDigests() {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(name).append(':').append(shortDigest(value));
        });
        return out.toString();
    }

    public static Map<String, String> parseDigests(String digests) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (digests != null && !digests.isEmpty()) {
            for (String pair : digests.split(",")) {
                int colon = pair.lastIndexOf(':');
                parsed.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        return parsed;
    }

    public static String shortDigest(String value) {
        return HexFormat.of().formatHex(sha256().digest(value.getBytes(StandardCharsets.UTF_8)), 0, 4);
    }

    /** A fresh digest, cloned: the provider lookup of getInstance cost more than hashing a field. */
    static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public int compareTo(AuditRow other) {
        int byTable = table.compareTo(other.table);
        if (byTable != 0) {
            return byTable;
        }
        int byKey = key.compareTo(other.key);
        return byKey != 0 ? byKey : fields.toString().compareTo(other.fields.toString());
    }
}
