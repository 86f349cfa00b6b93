package org.vocdesk.signature.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The signed form of some content: one {@code name=value} line per field, sorted by name, values in Unicode
 * NFC with line breaks as {@code \n} and backslashes escaped, so equal content gives byte-equal text however
 * it was assembled (field order, CRLF from a browser, composed or decomposed characters, trailing blanks).
 * A missing value and an empty one both read as empty: the hash must not depend on how "nothing" is stored.
 */
public final class CanonicalText {

    private static final String VERSION_LINE = "vocdesk-canonical-1";

    private final String text;

    private CanonicalText(String text) {
        this.text = text;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A stored canonical text, taken as it is (it is checked against its hash, never re-normalized). */
    public static CanonicalText ofStored(String text) {
        return new CanonicalText(Objects.requireNonNull(text));
    }

    public String text() {
        return text;
    }

    public String sha256() {
        return sha256(text);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalText that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    public static final class Builder {

        private final Map<String, String> fields = new TreeMap<>();

        private Builder() {
        }

        public Builder field(String name, Object value) {
            if (name == null || !name.matches("[a-zA-Z][a-zA-Z0-9_.]*")) {
                throw new IllegalArgumentException("Field names are letters, digits, '_' and '.': " + name);
            }
            if (fields.containsKey(name)) {
                throw new IllegalArgumentException("Field given twice: " + name);
            }
            fields.put(name, normalized(value));
            return this;
        }

        /** A list keeps its order: {@code name.1}, {@code name.2}, ... and {@code name.count}. */
        public Builder list(String name, Collection<?> values) {
            int index = 0;
            for (Object value : values == null ? java.util.List.of() : values) {
                field(name + "." + ++index, value);
            }
            return field(name + ".count", index);
        }

        public CanonicalText build() {
            StringBuilder text = new StringBuilder(VERSION_LINE).append('\n');
            fields.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
            return new CanonicalText(text.toString());
        }

        private static String normalized(Object value) {
            if (value == null) {
                return "";
            }
            String text = Normalizer.normalize(value.toString(), Normalizer.Form.NFC)
                    .replace("\r\n", "\n").replace('\r', '\n').strip();
            StringBuilder lines = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (!lines.isEmpty()) {
                    lines.append('\n');
                }
                lines.append(line.stripTrailing());
            }
            return lines.toString().replace("\\", "\\\\").replace("\n", "\\n");
        }
    }
}
