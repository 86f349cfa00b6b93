package org.vocdesk.report.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The audit pack's ZIP being written: each file added is hashed (SHA-256) on its way in; {@link #finish} adds
 * {@code SHA256SUMS} (the format of {@code sha256sum -c}) listing every other file, so an auditor can check that nothing
 * was altered after download.
 */
public class AuditPackZip implements AuditPackFiles {

    public static final String MANIFEST = "SHA256SUMS";

    private final ZipOutputStream zip;
    private final Map<String, String> hashes = new LinkedHashMap<>();

    public AuditPackZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void add(String path, Content content) throws IOException {
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (name.isBlank() || name.contains("..") || name.equals(MANIFEST) || hashes.containsKey(name)) {
            throw new IllegalArgumentException("Not a new file name in the audit pack: " + path);
        }
        MessageDigest digest = sha256();
        zip.putNextEntry(new ZipEntry(name));
        // a section must not close the ZIP when it closes its stream
        OutputStream entry = new FilterOutputStream(new DigestOutputStream(zip, digest)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        content.writeTo(entry);
        entry.flush();
        zip.closeEntry();
        hashes.put(name, HexFormat.of().formatHex(digest.digest()));
    }

    /** The files added so far with their SHA-256 (hex), in order. */
    public Map<String, String> hashes() {
        return Map.copyOf(hashes);
    }

    /** Adds the manifest and completes the ZIP (the underlying stream stays open). */
    public void finish() throws IOException {
        StringBuilder manifest = new StringBuilder();
        hashes.forEach((name, hash) -> manifest.append(hash).append("  ").append(name).append('\n'));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
