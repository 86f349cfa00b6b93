package org.vocdesk.report.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit pack's ZIP: every file hashed into SHA256SUMS (sha256sum -c format); names cannot clash or escape. */
class AuditPackZipTest {

    @Test
    void everyFileIsListedWithItsSha256() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditPackZip zip = new AuditPackZip(out);
        zip.add("ledger/台帐.pdf", o -> o.write("pdf bytes".getBytes(StandardCharsets.UTF_8)));
        zip.add("history/changes.csv", o -> {
            o.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            o.close(); // a section closing its stream must not end the pack
        });
        zip.add("monthly/2026-10.pdf", o -> o.write(new byte[0]));
        zip.finish();

        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(files).containsOnlyKeys("ledger/台帐.pdf", "history/changes.csv", "monthly/2026-10.pdf", "SHA256SUMS");
        assertThat(new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8)).isEqualTo(
                sha256("pdf bytes") + "  ledger/台帐.pdf\n" + sha256("a,b\n") + "  history/changes.csv\n"
                        + sha256("") + "  monthly/2026-10.pdf\n");
        assertThat(zip.hashes()).containsEntry("history/changes.csv", sha256("a,b\n"));
    }

    @Test
    void namesMustBeNewAndInsideThePack() throws IOException {
        AuditPackZip zip = new AuditPackZip(new ByteArrayOutputStream());
        zip.add("a.txt", o -> o.write(1));
        assertThatThrownBy(() -> zip.add("a.txt", o -> o.write(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> zip.add("../etc/passwd", o -> o.write(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> zip.add("SHA256SUMS", o -> o.write(2))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
