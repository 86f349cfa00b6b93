package org.vocdesk.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRVariable;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled templates of {@code reports/} (on the classpath), each compiled once at first use and then kept.
 * A report ({@link #report}) gets the common page frame of {@code reports/frame.jrxml} merged in before compiling:
 * its page header and footer, parameters, variables and styles; the frame is drawn for portrait A4 (content 555 pt
 * wide) and widened for wider pages: elements marked {@code vocdesk.frame.stretch} grow, {@code vocdesk.frame.right}
 * move right. A subreport ({@link #subreport}, e.g. {@code table}) is compiled as it is.
 */
@ApplicationScoped
public class ReportTemplates {

    static final String FRAME = "frame";
    private static final int FRAME_WIDTH = 555;

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** reports/{name}.jrxml inside the common page frame. */
    public JasperReport report(String name) {
        return compiled.computeIfAbsent("report:" + name, key -> compile(framed(load(name))));
    }

    /** reports/{name}.jrxml as it is (no frame), for subreports. */
    public JasperReport subreport(String name) {
        return compiled.computeIfAbsent("subreport:" + name, key -> compile(load(name)));
    }

    private static JasperReport compile(JasperDesign design) {
        try {
            return JasperCompileManager.compileReport(design);
        } catch (JRException e) {
            throw new IllegalStateException("The report template " + design.getName() + " does not compile: " + e.getMessage(), e);
        }
    }

    static JasperDesign load(String name) {
        String path = "reports/" + name + ".jrxml";
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No report template " + path + " on the classpath");
            }
            return JRXmlLoader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("The report template " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The design with the frame's page header and footer, parameters, variables and styles it does not have itself. */
    static JasperDesign framed(JasperDesign report) {
        JasperDesign frame = load(FRAME);
        try {
            for (JRParameter parameter : frame.getParametersList()) {
                if (!parameter.isSystemDefined() && !report.getParametersMap().containsKey(parameter.getName())) {
                    report.addParameter(parameter);
                }
            }
            for (JRVariable variable : frame.getVariablesList()) {
                if (!variable.isSystemDefined() && !report.getVariablesMap().containsKey(variable.getName())) {
                    report.addVariable((net.sf.jasperreports.engine.design.JRDesignVariable) variable);
                }
            }
            for (JRStyle style : frame.getStyles()) {
                if (!report.getStylesMap().containsKey(style.getName())) {
                    report.addStyle(style);
                }
            }
        } catch (JRException e) {
            throw new IllegalStateException("The frame cannot be merged into " + report.getName() + ": " + e.getMessage(), e);
        }
        int extra = report.getColumnWidth() - FRAME_WIDTH;
        report.setPageHeader(widened(frame.getPageHeader(), extra));
        report.setPageFooter(widened(frame.getPageFooter(), extra));
        return report;
    }

    private static JRBand widened(JRBand band, int extra) {
        for (JRElement element : band.getElements()) {
            JRDesignElement designed = (JRDesignElement) element;
            if (element.getPropertiesMap().containsProperty("vocdesk.frame.stretch")) {
                designed.setWidth(element.getWidth() + extra);
            } else if (element.getPropertiesMap().containsProperty("vocdesk.frame.right")) {
                designed.setX(element.getX() + extra);
            }
        }
        return (JRDesignBand) band;
    }
}
