package org.vocdesk.records.control;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Fills a record template with its lines and exports the PDF. Each template is compiled once, at first use,
 * and kept. Stand-in until the report infrastructure's page frame and PDF/A export take over.
 */
public final class RecordPdf {

    private final Function<String, InputStream> templates;
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** {@code templates} opens a template by its file name (e.g. {@code capa-8d-report.jrxml}). */
    public RecordPdf(Function<String, InputStream> templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> parameters, List<RecordLine> lines) {
        try {
            JasperPrint print = JasperFillManager.fillReport(report(template), new HashMap<>(parameters), new JRBeanCollectionDataSource(lines));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException e) {
            throw new IllegalStateException("Record report " + template + " failed", e);
        }
    }

    private JasperReport report(String template) {
        return compiled.computeIfAbsent(template, name -> {
            try (InputStream in = templates.apply(name)) {
                if (in == null) {
                    throw new IllegalStateException("No report template " + name);
                }
                return JasperCompileManager.compileReport(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("Report template " + name + " does not compile", e);
            }
        });
    }
}
