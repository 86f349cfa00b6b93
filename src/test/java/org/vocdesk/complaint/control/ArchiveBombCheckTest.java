package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Archive bombs disguised as Office documents, through the inspector every upload passes. */
class ArchiveBombCheckTest {

    private static final long MAX = 20L * 1024 * 1024;

    @Test
    void anOrdinaryDocumentPasses() throws IOException {
        byte[] docx = zip(entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                entry("word/document.xml", "<w:document>Crack in the housing</w:document>".repeat(200).getBytes(StandardCharsets.UTF_8)));
        assertThat(AttachmentInspector.inspect("report.docx", docx, MAX).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aHugelyCompressedEntryIsRefused() throws IOException {
        byte[] bomb = zip(entry("word/document.xml", new byte[50 * 1024 * 1024])); // 50 MB of zeros packs to ~50 KB
        assertThat(bomb.length).isLessThan(200_000);
        assertRefused("bomb.docx", bomb);
    }

    @Test
    void moreThanTheUnpackedLimitIsRefusedEvenAtAModestRatio() throws IOException {
        byte[] noise = new byte[1024 * 1024];
        new java.util.Random(1).nextBytes(noise); // incompressible: the ratio stays ~1
        byte[] big = zip(entry("xl/media/image1.bin", noise), entry("xl/media/image2.bin", noise), entry("xl/media/image3.bin", noise));
        ArchiveBombCheck.check("big.xlsx", big, 4L * 1024 * 1024);
        assertThatThrownBy(() -> ArchiveBombCheck.check("big.xlsx", big, 2L * 1024 * 1024))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("complaint.attachment.archiveRefused"));
    }

    @Test
    void archivesInsideAreRefusedBeyondOneLevel() throws IOException {
        byte[] inner = zip(entry("a.xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
        byte[] embedded = zip(entry("word/document.xml", "<d/>".getBytes(StandardCharsets.UTF_8)),
                entry("word/embeddings/sheet.xlsx", inner));
        assertThat(AttachmentInspector.inspect("embedded.docx", embedded, MAX).fileName()).isEqualTo("embedded.docx");

        byte[] twoLevels = zip(entry("word/document.xml", "<d/>".getBytes(StandardCharsets.UTF_8)),
                entry("word/embeddings/outer.docx", embedded));
        assertRefused("nested.docx", twoLevels);
        assertRefused("named.docx", zip(entry("word/document.xml", "<d/>".getBytes(StandardCharsets.UTF_8)),
                entry("payload.zip", "not even a zip".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aBrokenZipIsNotAnOfficeDocument() {
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThatThrownBy(() -> AttachmentInspector.inspect("broken.pptx", broken, MAX))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("complaint.attachment.typeNotAllowed"));
    }

    private static void assertRefused(String name, byte[] content) {
        assertThatThrownBy(() -> AttachmentInspector.inspect(name, content, MAX))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo("complaint.attachment.archiveRefused");
                    assertThat(e.arguments()).containsExactly(name);
                });
    }

    private record Entry(String name, byte[] content) {
    }

    private static Entry entry(String name, byte[] content) {
        return new Entry(name, content);
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.content());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
