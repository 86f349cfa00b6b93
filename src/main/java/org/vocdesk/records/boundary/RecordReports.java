package org.vocdesk.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.vocdesk.capa.boundary.EightDReports;
import org.vocdesk.capa.entity.EightDReport;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.records.control.CapaRecordContent;
import org.vocdesk.records.control.RecordFormat;
import org.vocdesk.records.control.RecordLine;
import org.vocdesk.records.control.SatisfactionRecordContent;
import org.vocdesk.report.control.ReportRenderer;
import org.vocdesk.report.control.ReportRequest;
import org.vocdesk.report.control.ReportSettings;
import org.vocdesk.survey.boundary.Analysis;
import org.vocdesk.survey.boundary.Surveys;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * The record reports as PDF/A. The data is read through the features' own boundaries, so whoever may not see a
 * complaint's 8D report or a campaign's analysis cannot get its PDF either (their role checks apply to the caller).
 */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class RecordReports {

    public static final String CAPA_TEMPLATE = "capa-8d-report";
    public static final String SATISFACTION_TEMPLATE = "satisfaction-analysis";

    @PersistenceContext
    EntityManager em;

    @Inject
    EightDReports eightDReports;

    @Inject
    Surveys surveys;

    @Inject
    ReportRenderer renderer;

    @Inject
    ReportSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The corrective and preventive action report with the 8D report of a complaint. */
    public RecordFile capa(long complaintId, Locale language) {
        Locale locale = Messages.supported(language);
        EightDReport report = eightDReports.get(complaintId);
        RecordFormat format = new RecordFormat(locale, settings.zone());
        List<RecordLine> lines = CapaRecordContent.of(report, eightDReports.signatures(complaintId), format);
        String number = report.getComplaint().getNumber();
        byte[] pdf = render(CAPA_TEMPLATE, locale, format.t("records.capa.complaintNumber") + " " + number, lines);
        return new RecordFile("8D-" + safe(number) + "-" + locale.getLanguage() + ".pdf", pdf);
    }

    /** The customer satisfaction analysis report of a campaign (also for administrators, who run the surveys). */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
    public RecordFile satisfaction(long campaignId, Locale language) {
        Locale locale = Messages.supported(language);
        Analysis analysis = surveys.analysis(campaignId);
        RecordFormat format = new RecordFormat(locale, settings.zone());
        List<RecordLine> lines = SatisfactionRecordContent.of(analysis, format);
        var c = analysis.campaign();
        String filters = format.t("records.survey.campaignName") + " " + c.name() + "; " + format.t("records.survey.period") + " "
                + format.day(c.periodStart()) + " ~ " + format.day(c.periodEnd());
        byte[] pdf = render(SATISFACTION_TEMPLATE, locale, filters, lines);
        return new RecordFile("satisfaction-" + c.id() + "-" + c.periodStart().getYear() + "-" + locale.getLanguage() + ".pdf", pdf);
    }

    /** The complaints whose 8D report was opened in the period (days in the company's time zone, both included). */
    public List<Long> capaComplaintsOpened(LocalDate from, LocalDate to) {
        return em.createQuery("select r.complaint.id from EightDReport r where r.openedAt >= :from and r.openedAt < :to order by r.openedAt, r.id",
                        Long.class).setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getResultList();
    }

    /** The launched campaigns whose survey period overlaps the given days. */
    public List<Long> campaignsOverlapping(LocalDate from, LocalDate to) {
        return em.createQuery("select c.id from SurveyCampaign c where c.status <> org.vocdesk.survey.entity.CampaignStatus.DRAFT"
                        + " and c.periodStart <= :to and c.periodEnd >= :from order by c.periodStart, c.id", Long.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(settings.zone()).toInstant();
    }

    private byte[] render(String template, Locale locale, String filters, List<RecordLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String by = currentUser.find().map(u -> u.getDisplayName() + " (" + u.getUsername() + ")").orElse("VoC Desk");
        renderer.pdf(template, new ReportRequest(locale, by, clock.instant(), filters), Map.of(), new JRBeanCollectionDataSource(lines), out);
        return out.toByteArray();
    }

    static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
