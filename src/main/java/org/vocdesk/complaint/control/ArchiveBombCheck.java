package org.vocdesk.complaint.control;

import org.vocdesk.platform.entity.BusinessException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Office documents (docx, xlsx, pptx) are zip files, and whoever opens or indexes them unpacks them. This
 * unpacks them once, counting real bytes (never trusting the sizes the zip claims), and refuses a file that
 * unpacks to more than 100 MB, inflates more than 100-fold (Apache POI's own limit), has too many entries, or
 * carries archives inside (an embedded document may be one level deep, as Office does; nothing deeper).
 */
final class ArchiveBombCheck {

    static final long MAX_UNPACKED = 100L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    /** Below this, a high ratio is harmless (an empty spreadsheet's XML compresses very well). */
    static final long RATIO_FLOOR = 1024 * 1024;
    private static final Set<String> ARCHIVES = Set.of("zip", "jar", "gz", "tgz", "7z", "rar", "tar", "bz2", "xz", "cab");

    private long unpacked;
    private int entries;
    private final String name;
    private final long maxUnpacked;

    private ArchiveBombCheck(String name, long maxUnpacked) {
        this.name = name;
        this.maxUnpacked = maxUnpacked;
    }

    static void check(String name, byte[] content) {
        check(name, content, MAX_UNPACKED);
    }

    static void check(String name, byte[] content, long maxUnpacked) {
        ArchiveBombCheck check = new ArchiveBombCheck(name, maxUnpacked);
        try {
            check.scan(new ByteArrayInputStream(content), 0);
        } catch (IOException | IllegalArgumentException broken) {
            throw BusinessException.invalidField("file", "complaint.attachment.typeNotAllowed", name);
        }
        if (check.entries == 0) {
            throw BusinessException.invalidField("file", "complaint.attachment.typeNotAllowed", name);
        }
        if (check.unpacked > RATIO_FLOOR && check.unpacked / Math.max(1, content.length) > MAX_RATIO) {
            throw check.refused();
        }
    }

    private void scan(InputStream in, int depth) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES || ARCHIVES.contains(extension(entry.getName()))) {
                    throw refused();
                }
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                boolean nested = false;
                boolean first = true;
                for (int read; (read = zip.read(buffer)) > 0; first = false) {
                    unpacked += read;
                    if (unpacked > maxUnpacked) {
                        throw refused();
                    }
                    if (first && read >= 4 && buffer[0] == 'P' && buffer[1] == 'K' && buffer[2] == 3 && buffer[3] == 4) {
                        nested = true;
                    }
                    if (nested) {
                        head.write(buffer, 0, read);
                    }
                }
                if (nested) {
                    if (depth >= 1) {
                        throw refused();
                    }
                    scan(new ByteArrayInputStream(head.toByteArray()), depth + 1);
                }
            }
        }
    }

    private BusinessException refused() {
        return BusinessException.invalidField("file", "complaint.attachment.archiveRefused", name);
    }

    private static String extension(String entry) {
        int dot = entry.lastIndexOf('.');
        return dot < 0 ? "" : entry.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
