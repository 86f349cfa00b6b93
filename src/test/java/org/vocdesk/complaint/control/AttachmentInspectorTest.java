package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentInspectorTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    @Test
    void typeComesFromTheContentNotTheName() {
        assertThat(AttachmentInspector.inspect("photo.jpg", PNG, 1000).contentType()).isEqualTo("image/png");
        assertThat(AttachmentInspector.inspect("scan", PDF, 1000).contentType()).isEqualTo("application/pdf");
        assertThat(AttachmentInspector.inspect("IMG_001.JPG", JPEG, 1000).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void executableRenamedToAPictureIsRefused() {
        assertThatThrownBy(() -> AttachmentInspector.inspect("photo.jpg", EXE, 1000))
                .isInstanceOf(BusinessException.class).extracting("key").isEqualTo("complaint.attachment.typeNotAllowed");
    }

    @Test
    void plainTextMustReallyBeText() {
        assertThat(AttachmentInspector.inspect("记录.txt", "顾客来电说外壳开裂".getBytes(StandardCharsets.UTF_8), 1000).contentType())
                .isEqualTo("text/plain");
        assertThatThrownBy(() -> AttachmentInspector.inspect("notes.txt", new byte[]{'a', 0, 'b'}, 1000))
                .extracting("key").isEqualTo("complaint.attachment.typeNotAllowed");
    }

    @Test
    void officeDocumentsNeedTheirContainerAndExtension() throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(bytes)) {
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = bytes.toByteArray();
        assertThat(AttachmentInspector.inspect("8D.docx", zip, 1000).contentType()).contains("wordprocessingml");
        assertThatThrownBy(() -> AttachmentInspector.inspect("archive.zip", zip, 1000))
                .extracting("key").isEqualTo("complaint.attachment.typeNotAllowed");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> AttachmentInspector.inspect("a.png", new byte[0], 1000)).extracting("key").isEqualTo("complaint.attachment.empty");
        assertThatThrownBy(() -> AttachmentInspector.inspect("a.png", PNG, PNG.length - 1)).extracting("key").isEqualTo("complaint.attachment.tooLarge");
        assertThat(AttachmentInspector.inspect("a.png", PNG, PNG.length).contentType()).isEqualTo("image/png");
    }

    @Test
    void pathsAndControlCharactersAreStrippedFromNames() {
        assertThat(AttachmentInspector.safeName("..\\..\\windows\\evil.png")).isEqualTo("evil.png");
        assertThat(AttachmentInspector.safeName("/etc/passwd\u0000.png")).isEqualTo("passwd.png");
        assertThat(AttachmentInspector.safeName("  ")).isEqualTo("attachment");
        assertThat(AttachmentInspector.safeName("x".repeat(300) + ".png")).hasSize(200).endsWith(".png");
    }
}
