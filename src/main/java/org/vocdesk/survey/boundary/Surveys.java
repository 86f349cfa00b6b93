package org.vocdesk.survey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.notification.control.NoticeTexts;
import org.vocdesk.notification.entity.OutboxMail;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.survey.control.EligibleCustomers;
import org.vocdesk.survey.control.InvitationTokens;
import org.vocdesk.survey.control.SurveyAnalysis;
import org.vocdesk.survey.control.SurveyMails;
import org.vocdesk.survey.control.SurveySettings;
import org.vocdesk.survey.entity.CampaignStatus;
import org.vocdesk.survey.entity.Eligibility;
import org.vocdesk.survey.entity.ImprovementAction;
import org.vocdesk.survey.entity.ImprovementOpened;
import org.vocdesk.survey.entity.InvitationStatus;
import org.vocdesk.survey.entity.QuestionData;
import org.vocdesk.survey.entity.ResponseMode;
import org.vocdesk.survey.entity.SurveyCampaign;
import org.vocdesk.survey.entity.SurveyInvitation;
import org.vocdesk.survey.entity.SurveyTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * Satisfaction surveys: questionnaires, campaigns, invitations by e-mail, responses by link or entered by
 * staff, scoring and the improvement actions it opens. Each method is one transaction: refused input stores
 * nothing.
 */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR, ADMINISTRATOR})
public class Surveys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SurveySettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    Event<ImprovementOpened> improvementOpened;

    @Inject
    SurveyAnalysis analysis;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ComplaintLedger ledger;

    // ---- questionnaires

    public List<TemplateView> templates() {
        return em.createQuery("select t from SurveyTemplate t order by t.projectType, t.revision", SurveyTemplate.class)
                .getResultList().stream().map(TemplateView::of).toList();
    }

    /** Rewrites the questions of a version that no live campaign used yet; a locked version is refused. */
    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public TemplateView reviseTemplate(long id, @NotNull List<QuestionData> questions) {
        SurveyTemplate t = template(id);
        t.replaceQuestions(questions);
        em.flush();
        return TemplateView.of(t);
    }

    /** A new version of a project type's questionnaire, copied from the given one, to be edited. */
    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public TemplateView newVersion(long id) {
        SurveyTemplate from = template(id);
        SurveyTemplate created = from.nextRevision(nextRevision(from.getProjectType()), clock.instant());
        em.persist(created);
        em.flush();
        return TemplateView.of(created);
    }

    public TemplateView templateView(long id) {
        return TemplateView.of(template(id));
    }

    /**
     * The staff page's save: the questions of an editable version are rewritten; a version a campaign used stays
     * as it was and the edits become the next version of the project type (results stay comparable).
     */
    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public TemplateView saveQuestions(long id, @NotNull List<QuestionData> questions) {
        SurveyTemplate t = template(id);
        if (!t.isLocked()) {
            return reviseTemplate(id, questions);
        }
        SurveyTemplate created = t.nextRevision(nextRevision(t.getProjectType()), clock.instant());
        created.replaceQuestions(questions);
        em.persist(created);
        em.flush();
        return TemplateView.of(created);
    }

    /** A questionnaire for another project type, starting from the questions of an existing version. */
    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public TemplateView createQuestionnaire(String projectType, String nameZh, String nameEn, long copyOf) {
        SurveyTemplate from = template(copyOf);
        String type = projectType == null ? null : projectType.strip().toUpperCase(Locale.ROOT);
        if (type != null && !em.createQuery("select t.id from SurveyTemplate t where t.projectType = :p", Long.class)
                .setParameter("p", type).setMaxResults(1).getResultList().isEmpty()) {
            throw BusinessException.conflict("survey.template.typeExists", type);
        }
        SurveyTemplate created = new SurveyTemplate(type, 1, nameZh, nameEn, "", "",
                from.getQuestions().stream().map(q -> q.data()).toList(), clock.instant());
        em.persist(created);
        em.flush();
        return TemplateView.of(created);
    }

    private int nextRevision(String projectType) {
        return em.createQuery("select max(t.revision) from SurveyTemplate t where t.projectType = :p", Integer.class)
                .setParameter("p", projectType).getSingleResult() + 1;
    }

    // ---- campaigns

    /** Before a campaign exists: how many customers a period and minimum would make eligible, of all active ones. */
    public long[] eligiblePreview(org.vocdesk.survey.entity.PeriodKind kind, java.time.LocalDate start, int min) {
        if (start == null) {
            return new long[] {0, activeCustomers()};
        }
        java.time.LocalDate end = SurveyCampaign.periodEnd(kind, start);
        return new long[] {EligibleCustomers.count(em, start, end, Math.max(0, min)), activeCustomers()};
    }

    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public CampaignView createCampaign(@NotNull @Valid CampaignInput input) {
        Department department = input.departmentId() == null ? null : organisation.department(input.departmentId());
        if (input.departmentId() != null && department == null) {
            throw BusinessException.invalidField("departmentId", "identity.department.notFound", input.departmentId());
        }
        SurveyCampaign c = new SurveyCampaign(input.name(), input.periodKind(), input.periodStart(), input.respondBy(),
                input.minTransactions(), input.targetPercent(), latest(input.projectType()), department, clock.instant());
        em.persist(c);
        em.flush();
        return view(c);
    }

    public List<CampaignView> campaigns() {
        return em.createQuery("select c from SurveyCampaign c order by c.periodStart desc, c.id desc", SurveyCampaign.class)
                .getResultList().stream().map(this::view).toList();
    }

    public CampaignView campaign(long id) {
        return view(campaignEntity(id));
    }

    /** Goes live: one invitation per eligible customer, with its e-mail in the outbox when the customer has an address. */
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public CampaignView launch(long id, LaunchInput input) {
        LaunchInput launch = input == null ? LaunchInput.defaults() : input;
        SurveyCampaign c = campaignEntity(id);
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<Customer> eligible = eligibleCustomers(c);
        if (eligible.isEmpty()) {
            throw BusinessException.invalid("survey.campaign.noneEligible", c.getMinTransactions(), c.getPeriodStart(), c.getPeriodEnd());
        }
        Instant now = clock.instant();
        c.launch(Math.toIntExact(activeCustomers()), now);
        for (Customer customer : eligible) {
            SurveyTemplate template = templateFor(c, launch.projectTypeOf(customer.getCode()));
            String language = languageTag(launch.languageOf(customer.getCode()), launch.language());
            SurveyInvitation invitation = new SurveyInvitation(c, customer, template, InvitationTokens.next(), language, now);
            em.persist(invitation);
            mail(invitation, false, now);
        }
        em.flush();
        return view(c);
    }

    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public CampaignView close(long id) {
        SurveyCampaign c = campaignEntity(id);
        c.close();
        return view(c);
    }

    /** Staff send reminders now to every customer of the campaign who has not answered; returns how many. */
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public int remind(long campaignId) {
        SurveyCampaign c = campaignEntity(campaignId);
        if (!c.isLive()) {
            throw BusinessException.conflict("survey.campaign.notLive", c.getName());
        }
        return remindAll(pendingWithMail("i.campaign.id = :c", Map.of("c", campaignId)), false);
    }

    /**
     * The timer's run: one reminder to each non-responder of a live campaign whose deadline is near. Each
     * invitation is claimed by a conditional update, so several nodes send one reminder only.
     */
    @PermitAll
    public int remindDue() {
        Instant now = clock.instant();
        return remindAll(pendingWithMail("i.campaign.status = :live and i.remindedAt is null and i.expiresAt > :now and i.expiresAt <= :soon",
                Map.of("live", CampaignStatus.LIVE, "now", now, "soon", now.plus(settings.remindBefore()))), true);
    }

    private List<SurveyInvitation> pendingWithMail(String condition, Map<String, Object> parameters) {
        var query = em.createQuery("select i from SurveyInvitation i where i.status = :issued and i.email is not null and "
                + condition + " order by i.id", SurveyInvitation.class).setParameter("issued", InvitationStatus.ISSUED).setMaxResults(500);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private int remindAll(List<SurveyInvitation> invitations, boolean onlyOnce) {
        Instant now = clock.instant();
        int sent = 0;
        for (SurveyInvitation i : invitations) {
            int claimed = em.createQuery("update SurveyInvitation i set i.remindedAt = :now, i.version = i.version + 1 where i.id = :id"
                            + (onlyOnce ? " and i.remindedAt is null" : ""))
                    .setParameter("now", now).setParameter("id", i.getId()).executeUpdate();
            if (claimed == 1) {
                mail(i, true, now);
                sent++;
            }
        }
        return sent;
    }

    // ---- responses

    /** The questionnaire behind a personal link; a forged, expired or used link is refused. */
    @PermitAll
    public SurveyForm form(String token) {
        SurveyInvitation i = byToken(token);
        i.checkAnswerableByLink(clock.instant());
        return SurveyForm.of(i, NoticeTexts.localeOf(i.getLanguage()));
    }

    @PermitAll
    public SurveyForm save(String token, @NotNull AnswersInput input) {
        SurveyInvitation i = byToken(token);
        i.checkAnswerableByLink(clock.instant());
        i.saveAnswers(input.answers());
        em.flush();
        return SurveyForm.of(i, NoticeTexts.localeOf(i.getLanguage()));
    }

    /** Saves the last answers and submits: scored, and an improvement action opened when needed. */
    @PermitAll
    public ResponseView submit(String token, @NotNull AnswersInput input) {
        SurveyInvitation i = byToken(token);
        em.lock(i, LockModeType.PESSIMISTIC_WRITE); // a double click submits once; the second sees SUBMITTED
        i.checkAnswerableByLink(clock.instant());
        i.saveAnswers(input.answers());
        return finish(i, ResponseMode.ONLINE, null);
    }

    /** Staff enter a response received on paper or by phone (also after the link expired), marked as such. */
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public ResponseView enter(long invitationId, @NotNull AnswersInput input) {
        if (input.mode() != ResponseMode.PAPER && input.mode() != ResponseMode.PHONE) {
            throw BusinessException.invalidField("mode", "survey.answer.modeInvalid");
        }
        SurveyInvitation i = invitation(invitationId);
        em.lock(i, LockModeType.PESSIMISTIC_WRITE);
        i.saveAnswers(input.answers());
        return finish(i, input.mode(), currentUser.username().orElse(null));
    }

    private ResponseView finish(SurveyInvitation i, ResponseMode mode, String enteredBy) {
        Instant now = clock.instant();
        boolean followUp = i.submit(mode, enteredBy, settings.bands(), now);
        Long improvementId = null;
        if (followUp) {
            ImprovementAction action = openImprovement(i, now);
            improvementId = action.getId();
        }
        return ResponseView.of(i, improvementId);
    }

    private ImprovementAction openImprovement(SurveyInvitation i, Instant now) {
        Department department = i.getCampaign().getDepartment();
        AppUser owner = department != null && department.getManager() != null ? department.getManager()
                : organisation.usersWithRole(Role.QUALITY_MANAGER).stream().findFirst().orElse(null);
        WorkingCalendar calendar = calendars.defaultCalendar();
        ImprovementAction action = new ImprovementAction(i, department, owner, reason(i), settings.actionDue(calendar, now),
                settings.replyDue(calendar, now), now);
        em.persist(action);
        em.flush();
        improvementOpened.fire(new ImprovementOpened(action.getId()));
        return action;
    }

    /** The reason in both languages: staff of either language read it. */
    private static String reason(SurveyInvitation i) {
        return reason(i, Messages.CHINESE) + "\n" + reason(i, Messages.ENGLISH);
    }

    private static String reason(SurveyInvitation i, Locale locale) {
        String items = i.notSatisfiedItems().stream().map(q -> q.text(locale)).collect(Collectors.joining(", "));
        String none = Messages.get(locale, "survey.improvement.none");
        return Messages.get(locale, "survey.improvement.reason", i.getScore().toPlainString(),
                Messages.get(locale, "survey.band." + i.getBand()), items.isEmpty() ? none : items,
                i.getSuggestionText() == null ? none : i.getSuggestionText());
    }

    public List<ResponseView> responses(long campaignId) {
        return em.createQuery("select i from SurveyInvitation i join fetch i.customer where i.campaign.id = :c order by i.customer.name",
                        SurveyInvitation.class).setParameter("c", campaignId).getResultList().stream()
                .map(i -> ResponseView.of(i, improvementIdOf(i.getId()))).toList();
    }

    public List<ResponseView> responsesOfCustomer(long customerId) {
        return em.createQuery("select i from SurveyInvitation i where i.customer.id = :c and i.status = :s order by i.submittedAt desc",
                        SurveyInvitation.class).setParameter("c", customerId).setParameter("s", InvitationStatus.SUBMITTED)
                .getResultList().stream().map(i -> ResponseView.of(i, improvementIdOf(i.getId()))).toList();
    }

    /**
     * The customer's complaints received within a period (for the customer page, next to the survey score): counted
     * as the ledger counts them, so only those the caller may see (a handler, their department's) and none voided.
     */
    public long complaintsOfCustomer(long customerId, java.time.LocalDate from, java.time.LocalDate to) {
        LedgerFilter period = new LedgerFilter(from.atStartOfDay(settings.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(settings.zone()).toInstant(), customerId, null, null, null, null, null, null, null, null, null, null);
        return ledger.count(period, clock.instant());
    }

    /** The analysis lists this many improvement actions, open ones first; the counts cover all. */
    static final int ANALYSIS_ACTIONS = 500;

    public Analysis analysis(long campaignId) {
        CampaignView c = campaign(campaignId);
        long all = c.allCustomers();
        return new Analysis(c, c.issued(), c.returned(), c.returned(), all, Eligibility.percent(c.issued(), all),
                Eligibility.percent(c.returned(), c.issued()), Eligibility.percent(c.returned(), all), analysis.projectTypes(campaignId),
                analysis.history(campaignId), analysis.reasons(campaignId, settings.bands().satisfiedFrom()),
                improvements(campaignId, ANALYSIS_ACTIONS), analysis.improvementCounts(campaignId));
    }

    /** An invitation's questionnaire in the staff member's language, to type in answers received on paper or by phone. */
    @RolesAllowed({CLERK, QUALITY_MANAGER, ADMINISTRATOR})
    public SurveyForm entryForm(long invitationId, Locale locale) {
        return SurveyForm.of(invitation(invitationId), Messages.supported(locale));
    }

    // ---- improvement actions

    /** Every campaign's improvement actions, the open ones first (oldest due first), for the staff list. */
    public List<ImprovementView> allImprovements(boolean openOnly) {
        return em.createQuery("select a from ImprovementAction a join fetch a.invitation i join fetch i.customer join fetch i.campaign"
                        + " left join fetch a.department left join fetch a.owner" + (openOnly ? " where a.actionDoneAt is null or a.repliedAt is null" : "")
                        + " order by case when a.actionDoneAt is null or a.repliedAt is null then 0 else 1 end, a.actionDue, a.id",
                        ImprovementAction.class).setMaxResults(1000).getResultList().stream().map(ImprovementView::of).toList();
    }

    /** The quality manager hands an action to another owner or moves its due date; the escalation is planned again. */
    @RolesAllowed({QUALITY_MANAGER, ADMINISTRATOR})
    public ImprovementView reassign(long id, Long ownerId, java.time.LocalDate actionDue) {
        ImprovementAction a = improvement(id);
        AppUser owner = ownerId == null ? null : em.find(AppUser.class, ownerId);
        if (ownerId != null && owner == null) {
            throw BusinessException.invalidField("ownerId", "survey.improvement.ownerUnknown", ownerId);
        }
        Instant due = actionDue == null ? null : actionDue.plusDays(1).atStartOfDay(settings.zone()).toInstant();
        a.reassign(owner, due, clock.instant());
        improvementOpened.fire(new ImprovementOpened(a.getId()));
        return ImprovementView.of(a);
    }

    public List<ImprovementView> improvements(long campaignId) {
        return improvements(campaignId, Integer.MAX_VALUE);
    }

    /** One query with what the view shows: a campaign of 100,000 responses has thousands of actions. */
    private List<ImprovementView> improvements(long campaignId, int max) {
        return em.createQuery("select a from ImprovementAction a join fetch a.invitation i join fetch i.customer join fetch i.campaign"
                        + " left join fetch a.department left join fetch a.owner where a.campaignId = :c"
                        + " order by case when a.actionDoneAt is null or a.repliedAt is null then 0 else 1 end, a.openedAt, a.id", ImprovementAction.class)
                .setParameter("c", campaignId).setMaxResults(max).getResultList().stream().map(ImprovementView::of).toList();
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, ADMINISTRATOR})
    public ImprovementView completeAction(long id, @NotNull @Valid NoteInput input) {
        ImprovementAction a = improvement(id);
        a.completeAction(input.note(), clock.instant());
        improvementOpened.fire(new ImprovementOpened(a.getId())); // re-plan: the action deadline stops
        return ImprovementView.of(a);
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, ADMINISTRATOR})
    public ImprovementView replied(long id, @NotNull @Valid NoteInput input) {
        ImprovementAction a = improvement(id);
        a.replied(input.note(), clock.instant());
        improvementOpened.fire(new ImprovementOpened(a.getId()));
        return ImprovementView.of(a);
    }

    // ---- helpers

    private void mail(SurveyInvitation i, boolean reminder, Instant now) {
        if (i.getEmail() == null) {
            return; // surveyed on paper or by phone
        }
        Locale locale = NoticeTexts.localeOf(i.getLanguage());
        var content = SurveyMails.invitation(locale, reminder, i.getCustomer().getName(), i.getCampaign().getName(),
                NoticeTexts.when(i.getExpiresAt(), settings.zone()), settings.link(i.getToken()));
        em.persist(new OutboxMail(null, null, i.getEmail(), locale.toLanguageTag(), content, now));
    }

    private Long improvementIdOf(long invitationId) {
        return em.createQuery("select a.id from ImprovementAction a where a.invitation.id = :i", Long.class)
                .setParameter("i", invitationId).getResultStream().findFirst().orElse(null);
    }

    private CampaignView view(SurveyCampaign c) {
        long all = c.getStatus() == CampaignStatus.DRAFT ? activeCustomers() : c.getAllCustomers();
        long issued = countInvitations(c.getId(), null);
        long eligible = c.getStatus() == CampaignStatus.DRAFT ? eligibleCount(c) : issued;
        return CampaignView.of(c, eligible, all, issued, countInvitations(c.getId(), InvitationStatus.SUBMITTED));
    }

    private long countInvitations(long campaignId, InvitationStatus status) {
        var query = em.createQuery("select count(i) from SurveyInvitation i where i.campaign.id = :c"
                + (status == null ? "" : " and i.status = :s"), Long.class).setParameter("c", campaignId);
        return (status == null ? query : query.setParameter("s", status)).getSingleResult();
    }

    private List<Customer> eligibleCustomers(SurveyCampaign c) {
        return EligibleCustomers.list(em, c.getPeriodStart(), c.getPeriodEnd(), c.getMinTransactions());
    }

    private long eligibleCount(SurveyCampaign c) {
        return EligibleCustomers.count(em, c.getPeriodStart(), c.getPeriodEnd(), c.getMinTransactions());
    }

    private long activeCustomers() {
        return em.createQuery("select count(c) from Customer c where c.active = true", Long.class).getSingleResult();
    }

    private SurveyTemplate templateFor(SurveyCampaign c, String projectType) {
        if (projectType == null || projectType.equals(c.getTemplate().getProjectType())) {
            return c.getTemplate();
        }
        SurveyTemplate other = latest(projectType);
        other.lock();
        return other;
    }

    private SurveyTemplate latest(String projectType) {
        return em.createQuery("select t from SurveyTemplate t where t.projectType = :p order by t.revision desc", SurveyTemplate.class)
                .setParameter("p", projectType).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.invalidField("projectType", "survey.template.noneOfType", projectType));
    }

    private static String languageTag(String wanted, String fallback) {
        String tag = wanted != null ? wanted : fallback;
        return Messages.supported(tag == null ? Messages.CHINESE : Locale.forLanguageTag(tag)).toLanguageTag();
    }

    private SurveyInvitation byToken(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            throw BusinessException.notFound("survey.token.unknown");
        }
        return em.createQuery("select i from SurveyInvitation i where i.token = :t", SurveyInvitation.class).setParameter("t", token)
                .getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound("survey.token.unknown"));
    }

    private SurveyTemplate template(long id) {
        SurveyTemplate t = em.find(SurveyTemplate.class, id);
        if (t == null) {
            throw BusinessException.notFound("survey.template.notFound", id);
        }
        return t;
    }

    private SurveyCampaign campaignEntity(long id) {
        SurveyCampaign c = em.find(SurveyCampaign.class, id);
        if (c == null) {
            throw BusinessException.notFound("survey.campaign.notFound", id);
        }
        return c;
    }

    private SurveyInvitation invitation(long id) {
        SurveyInvitation i = em.find(SurveyInvitation.class, id);
        if (i == null) {
            throw BusinessException.notFound("survey.invitation.notFound", id);
        }
        return i;
    }

    private ImprovementAction improvement(long id) {
        ImprovementAction a = em.find(ImprovementAction.class, id);
        if (a == null) {
            throw BusinessException.notFound("survey.improvement.notFound", id);
        }
        return a;
    }
}
