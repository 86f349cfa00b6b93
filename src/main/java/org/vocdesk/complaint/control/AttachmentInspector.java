package org.vocdesk.complaint.control;

import org.vocdesk.platform.entity.BusinessException;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what a file really is from its first bytes, not from its name, and refuses what is not an
 * allowed kind of evidence: images, PDF, office documents, audio and video recordings, plain text.
 */
public final class AttachmentInspector {

    public record Inspected(String fileName, String contentType) {
    }

    private static final Map<String, String> ZIP_OFFICE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> OLE_OFFICE = Map.of(
            "doc", "application/msword", "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");

    private AttachmentInspector() {
    }

    public static Inspected inspect(String fileName, byte[] content, long maxBytes) {
        String name = safeName(fileName);
        if (content == null || content.length == 0) {
            throw BusinessException.invalidField("file", "complaint.attachment.empty", name);
        }
        if (content.length > maxBytes) {
            throw BusinessException.invalidField("file", "complaint.attachment.tooLarge", name, maxBytes / (1024 * 1024));
        }
        String extension = extension(name);
        String type = sniff(content, extension)
                .orElseThrow(() -> BusinessException.invalidField("file", "complaint.attachment.typeNotAllowed", name));
        if (ZIP_OFFICE.containsValue(type)) {
            ArchiveBombCheck.check(name, content);
        }
        return new Inspected(name, type);
    }

    static Optional<String> sniff(byte[] b, String extension) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) return Optional.of("image/jpeg");
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of("image/png");
        if (starts(b, 'G', 'I', 'F', '8')) return Optional.of("image/gif");
        if (starts(b, 'R', 'I', 'F', 'F') && at(b, 8, 'W', 'E', 'B', 'P')) return Optional.of("image/webp");
        if (starts(b, 'R', 'I', 'F', 'F') && at(b, 8, 'W', 'A', 'V', 'E')) return Optional.of("audio/wav");
        if (starts(b, '%', 'P', 'D', 'F', '-')) return Optional.of("application/pdf");
        if (starts(b, 'I', 'D', '3') || starts(b, 0xFF, 0xFB) || starts(b, 0xFF, 0xF3)) return Optional.of("audio/mpeg");
        if (at(b, 4, 'f', 't', 'y', 'p')) return Optional.of("m4a".equals(extension) ? "audio/mp4" : "video/mp4");
        if (starts(b, 'P', 'K', 3, 4) && ZIP_OFFICE.containsKey(extension)) return Optional.of(ZIP_OFFICE.get(extension));
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0) && OLE_OFFICE.containsKey(extension)) return Optional.of(OLE_OFFICE.get(extension));
        if (("txt".equals(extension) || "csv".equals(extension) || "eml".equals(extension)) && isUtf8Text(b)) {
            return Optional.of("csv".equals(extension) ? "text/csv" : "eml".equals(extension) ? "message/rfc822" : "text/plain");
        }
        return Optional.empty();
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte value : content) {
            if (value == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The last path segment, without control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] content, int... prefix) {
        return at(content, 0, prefix);
    }

    private static boolean at(byte[] content, int offset, int... expected) {
        if (content.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
