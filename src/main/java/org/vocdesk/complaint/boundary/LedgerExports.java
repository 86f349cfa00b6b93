package org.vocdesk.complaint.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.CsvLedgerSink;
import org.vocdesk.complaint.control.LedgerColumns;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.control.LedgerSink;
import org.vocdesk.complaint.control.XlsxLedgerSink;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.web.Formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * The filtered ledger as a file, every matching row (not just a page), written while it is read: the
 * ledger is paged through inside one transaction, so memory stays bounded.
 */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class LedgerExports {

    @Inject
    ComplaintLedger ledger;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    public void csv(@NotNull LedgerFilter filter, String sortField, boolean ascending, Locale locale, @NotNull OutputStream out) {
        try (LedgerSink sink = new CsvLedgerSink(out)) {
            write(filter, sortField, ascending, locale, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(@NotNull LedgerFilter filter, String sortField, boolean ascending, Locale locale, @NotNull OutputStream out) {
        Locale language = Messages.supported(locale);
        try (LedgerSink sink = new XlsxLedgerSink(out, Messages.get(language, "complaint.export.sheet"))) {
            write(filter, sortField, ascending, language, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(LedgerFilter filter, String sortField, boolean ascending, Locale locale, LedgerSink sink) throws IOException {
        Locale language = Messages.supported(locale);
        Instant now = clock.instant();
        LedgerColumns.Context context = new LedgerColumns.Context(language, formats.zone(), now);
        sink.header(LedgerColumns.headers(language));
        ledger.forEach(filter, now, sortField, ascending, row -> {
            try {
                sink.row(LedgerColumns.values(row, context));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the client went away: stop reading the ledger
            }
        });
    }
}
