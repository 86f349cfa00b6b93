package org.vocdesk.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vocdesk.audit.control.AuditSearch;
import org.vocdesk.audit.control.RevisionSeals;
import org.vocdesk.audit.entity.FieldChange;
import org.vocdesk.audit.entity.HistoryEntry;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.report.control.AuditPackFiles;
import org.vocdesk.report.control.AuditPackSection;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit pack's change history: history/changes.csv with one line per changed field of the period, each with
 * its revision's chain position, previous hash and hash, so the pack carries the chain it can be checked against.
 */
@ApplicationScoped
public class ChangeHistorySection implements AuditPackSection {

    static final String PATH = "history/changes.csv";
    private static final int PAGE = 500;

    @Inject
    AuditTrail trail;

    @Inject
    AuditSearch search;

    @Inject
    RevisionSeals seals;

    @Override
    public void addTo(AuditPackFiles files, LocalDate from, LocalDate to, Locale locale) throws IOException {
        trail.sealPending();
        files.add(PATH, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(List.of("seq", "revision", "at", "user", "channel", "address", "record", "key", "change", "field",
                    "before", "after", "prev_hash", "hash").stream().map(c -> Messages.get(locale, "audit.csv." + c)).toList());
            for (int first = 0; ; first += PAGE) {
                List<HistoryEntry> page = search.find(new AuditSearch.Criteria(null, null, null, from, to, first, PAGE));
                Map<Long, RevisionSeals.Seal> chain = seals.of(page.stream().map(HistoryEntry::revision).distinct().toList());
                for (HistoryEntry entry : page) {
                    RevisionSeals.Seal seal = chain.getOrDefault(entry.revision(), new RevisionSeals.Seal(null, null, null));
                    List<FieldChange> changes = entry.changes().isEmpty() ? List.of(new FieldChange("", null, null)) : entry.changes();
                    for (FieldChange change : changes) {
                        csv.printRecord(seal.seq(), entry.revision(), entry.at(), entry.username(), entry.channel(), entry.clientAddress(),
                                entry.recordType(), entry.recordKey(), Messages.get(locale, "audit.kind." + entry.kind()),
                                change.field(), change.before(), change.after(), seal.prevHash(), seal.hash());
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            csv.flush();
        });
    }
}
