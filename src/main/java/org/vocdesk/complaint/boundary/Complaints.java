package org.vocdesk.complaint.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vocdesk.calendar.control.WorkingCalendars;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.complaint.control.AttachmentInspector;
import org.vocdesk.complaint.control.CallerVisibility;
import org.vocdesk.complaint.control.ClosureGate;
import org.vocdesk.complaint.control.ComplaintLedger;
import org.vocdesk.complaint.control.ComplaintNumbers;
import org.vocdesk.complaint.control.IntakeTurns;
import org.vocdesk.complaint.control.LedgerFilter;
import org.vocdesk.complaint.control.LedgerRow;
import org.vocdesk.complaint.control.LedgerTotal;
import org.vocdesk.complaint.control.MyWork;
import org.vocdesk.complaint.control.Worklist;
import org.vocdesk.complaint.control.DeadlineCalculator;
import org.vocdesk.complaint.control.RepeatDetector;
import org.vocdesk.complaint.entity.Actor;
import org.vocdesk.complaint.entity.Attachment;
import org.vocdesk.complaint.entity.AttachmentContent;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.ComplaintEvent;
import org.vocdesk.complaint.entity.ComplaintMoved;
import org.vocdesk.complaint.entity.ComplaintRecorded;
import org.vocdesk.complaint.entity.IntakeDetails;
import org.vocdesk.complaint.entity.NewAttachment;
import org.vocdesk.complaint.entity.TriageDecision;
import org.vocdesk.complaint.entity.Validity;
import org.vocdesk.customer.control.CustomerDirectory;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.platform.control.OwnTransaction;
import org.vocdesk.platform.entity.BusinessException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.vocdesk.identity.entity.Role.Names.*;

/** Intake, triage and the lifecycle of complaints: every change starts here, in one transaction. */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class Complaints {

    private static final String WITH_ASSOCIATIONS = "select c from Complaint c join fetch c.category left join fetch c.customer"
            + " left join fetch c.department left join fetch c.handler left join fetch c.repeatOf";

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintNumbers numbers;

    @Inject
    OwnTransaction ownTransaction;

    @Inject
    IntakeTurns turns;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    RepeatDetector repeats;

    @Inject
    ComplaintLedger ledger;

    @Inject
    Worklist worklist;

    @Inject
    CallerVisibility visibility;

    @Inject
    ClosureGate closureGate;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    CustomerDirectory customers;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    Event<ComplaintRecorded> recorded;

    @Inject
    Event<ComplaintMoved> moved;

    @Inject
    @ConfigProperty(name = "vocdesk.attachments.max-bytes", defaultValue = "20971520")
    long maxAttachmentBytes;

    /**
     * The complaint commits in a transaction of its own and gets its number as that commits (ComplaintNumbers): the
     * caller receives it numbered, and this runs in no transaction of its own to read that number after the commit.
     * Only a few intakes store at once (IntakeTurns).
     */
    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Complaint record(@Valid @NotNull IntakeDetails details, List<NewAttachment> files) {
        String recordedBy = currentUser.username().orElseThrow(() -> BusinessException.forbidden("platform.error.unauthorized"));
        return numbers.given(turns.inTurn(() -> ownTransaction.call(() -> store(details, files == null ? List.of() : files, recordedBy))));
    }

    /** Feedback sent by a customer on the public page: no login, so the recorder is the web form itself (see record). */
    @jakarta.annotation.security.PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Complaint recordFromPublicForm(@Valid @NotNull IntakeDetails details) {
        return numbers.given(turns.inTurn(() -> ownTransaction.call(() -> store(details, List.of(), "public-web"))));
    }

    private Complaint store(IntakeDetails details, List<NewAttachment> files, String recordedBy) {
        Category category = category(details.categoryId());
        Customer customer = details.customerId() == null ? null : customers.byId(details.customerId())
                .orElseThrow(() -> BusinessException.invalidField("customerId", "complaint.intake.customerUnknown", details.customerId()));
        List<AttachmentInspector.Inspected> inspected = files.stream()
                .map(f -> AttachmentInspector.inspect(f.fileName(), f.content(), maxAttachmentBytes)).toList();
        Instant now = clock.instant();
        Complaint complaint = new Complaint(null, details, category, customer, recordedBy, now);
        deadlines.plan(complaint, recordedBy);
        repeats.earlierOf(complaint).ifPresent(complaint::markRepeatOf);
        numbers.awaitNumber(complaint);
        em.persist(complaint);
        for (int i = 0; i < files.size(); i++) {
            attach(complaint, inspected.get(i), files.get(i).content(), recordedBy, now);
        }
        em.flush();
        recorded.fire(new ComplaintRecorded(complaint.getId()));
        numbers.numberAtCommit(complaint);
        return complaint;
    }

    /**
     * The complaint with everything its page and REST view show, so it can be read after the transaction; 403 when
     * it lies outside the caller's department scope. Every read and change of one complaint starts here.
     */
    public Complaint get(@NotNull Long id) {
        return visibility.require(em.createQuery(WITH_ASSOCIATIONS + " where c.id = :id", Complaint.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound("complaint.notFound", id)));
    }

    public Complaint byNumber(@NotNull String number) {
        return visibility.require(em.createQuery(WITH_ASSOCIATIONS + " where c.number = :n", Complaint.class)
                .setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("complaint.notFound", number)));
    }

    public List<ComplaintEvent> timeline(@NotNull Long id) {
        get(id);
        return em.createQuery("select e from ComplaintEvent e where e.complaint.id = :id order by e.occurredAt, e.id", ComplaintEvent.class)
                .setParameter("id", id).getResultList();
    }

    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint triage(@NotNull Long id, @Valid @NotNull TriageDecision decision) {
        Complaint complaint = get(id);
        Actor actor = actor();
        if (decision.validity() == Validity.INVALID) {
            complaint.triageAsInvalid(actor, decision.invalidReason(), clock.instant());
            moved.fire(new ComplaintMoved(complaint.getId()));
            return complaint;
        }
        if (decision.categoryId() != null && !decision.categoryId().equals(complaint.getCategory().getId())) {
            complaint.recategorize(actor, category(decision.categoryId()));
        }
        complaint.triageAsValid(actor, decision.priority(), decision.majorReasons(), department(decision.departmentId()),
                handler(decision.handlerId()), decision.comment(), clock.instant());
        deadlines.plan(complaint, actor.username());
        return complaint;
    }

    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint reassign(@NotNull Long id, Long departmentId, Long handlerId, String comment) {
        Complaint complaint = get(id);
        complaint.reassign(actor(), department(departmentId), handler(handlerId), comment, clock.instant());
        return complaint;
    }

    /** The caller, a supervisor, becomes the handler. */
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint takeOver(@NotNull Long id, String comment) {
        Complaint complaint = get(id);
        complaint.takeOver(actor(), currentUser.require(), comment, clock.instant());
        return complaint;
    }

    /**
     * More working time for one deadline ("FIRST_REPLY" or "RESPONSE"), given as "2d", "4h"; the escalation
     * steps are planned again for the new deadline after the commit.
     */
    @RolesAllowed({DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint extendDeadline(@NotNull Long id, String deadline, String by, String reason) {
        Complaint complaint = get(id);
        WorkDuration duration = by == null || by.isBlank() ? null : extraTime(by);
        complaint.extendDeadline(actor(), deadline, duration, calendars.get(complaint.getCalendarCode()), reason, clock.instant());
        moved.fire(new ComplaintMoved(complaint.getId()));
        return complaint;
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint recordFirstReply(@NotNull Long id, Instant repliedAt, String summary) {
        Complaint complaint = get(id);
        complaint.recordFirstReply(actor(), repliedAt == null ? clock.instant() : repliedAt, summary, clock.instant());
        moved.fire(new ComplaintMoved(complaint.getId()));
        return complaint;
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint startInvestigation(@NotNull Long id, String comment) {
        Complaint complaint = get(id);
        boolean waiting = complaint.isWaitingOnCustomer();
        complaint.startInvestigation(actor(), comment, clock.instant());
        replanIfWaitEnded(complaint, waiting);
        return complaint;
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint requestConfirmation(@NotNull Long id, String resolution) {
        Complaint complaint = get(id);
        boolean waiting = complaint.isWaitingOnCustomer();
        complaint.requestConfirmation(actor(), resolution, clock.instant());
        replanIfWaitEnded(complaint, waiting);
        moved.fire(new ComplaintMoved(complaint.getId()));
        return complaint;
    }

    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint close(@NotNull Long id, String confirmation) {
        Complaint complaint = get(id);
        complaint.close(actor(), confirmation, clock.instant());
        closureGate.requireMayClose(complaint);
        moved.fire(new ComplaintMoved(complaint.getId()));
        return complaint;
    }

    @RolesAllowed(QUALITY_MANAGER)
    public Complaint voidComplaint(@NotNull Long id, String reason) {
        Complaint complaint = get(id);
        complaint.voidRecord(actor(), reason, clock.instant());
        moved.fire(new ComplaintMoved(complaint.getId()));
        return complaint;
    }

    @RolesAllowed({QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint reopen(@NotNull Long id, String reason) {
        Complaint complaint = get(id);
        boolean waiting = complaint.isWaitingOnCustomer();
        complaint.reopen(actor(), reason, clock.instant());
        replanIfWaitEnded(complaint, waiting);
        moved.fire(new ComplaintMoved(complaint.getId()));
        return complaint;
    }

    /** The complaint waits on the customer: the clock of its deadlines stops (its escalation steps are cancelled). */
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint waitForCustomer(@NotNull Long id, String reason) {
        Complaint complaint = get(id);
        complaint.waitForCustomer(actor(), reason, clock.instant());
        deadlines.plan(complaint, actor().username());
        return complaint;
    }

    /** The customer answered: the deadlines move by the working time waited, and escalate from there. */
    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Complaint endCustomerWait(@NotNull Long id, String comment) {
        Complaint complaint = get(id);
        complaint.endCustomerWait(actor(), comment, clock.instant());
        deadlines.plan(complaint, actor().username());
        return complaint;
    }

    /** A move ends a wait on the customer (the entity does); the deadlines then move by the time waited. */
    private void replanIfWaitEnded(Complaint complaint, boolean wasWaiting) {
        if (wasWaiting && !complaint.isWaitingOnCustomer()) {
            deadlines.plan(complaint, actor().username());
        }
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public Attachment addAttachment(@NotNull Long id, @NotNull NewAttachment file) {
        Complaint complaint = get(id);
        var inspected = AttachmentInspector.inspect(file.fileName(), file.content(), maxAttachmentBytes);
        return attach(complaint, inspected, file.content(), currentUser.require().getUsername(), clock.instant());
    }

    public List<Attachment> attachments(@NotNull Long complaintId) {
        get(complaintId);
        return em.createQuery("select a from Attachment a where a.complaint.id = :id order by a.uploadedAt, a.id", Attachment.class)
                .setParameter("id", complaintId).getResultList();
    }

    /** The attachment and its bytes, only when it belongs to the given complaint. */
    public AttachmentDownload download(@NotNull Long complaintId, @NotNull Long attachmentId) {
        get(complaintId);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.getComplaint().getId().equals(complaintId)) {
            throw BusinessException.notFound("complaint.attachment.notFound", attachmentId);
        }
        return new AttachmentDownload(attachment, em.find(AttachmentContent.class, attachmentId).data());
    }

    public record AttachmentDownload(Attachment attachment, byte[] content) {
    }

    public List<LedgerRow> ledger(@NotNull LedgerFilter filter, int first, int max, String sortField, boolean ascending) {
        return ledger.page(filter, clock.instant(), first, max, sortField, ascending);
    }

    /** The current user's open work for the home page (assigned, due within a working day, overdue, to triage). */
    public MyWork myWork() {
        return worklist.of(currentUser.require(), clock.instant());
    }

    /** The departments, for the ledger's filter. */
    public List<Department> departments() {
        return organisation.departments();
    }

    /** The total to show with a ledger page: exact up to ComplaintLedger.EXACT_TOTAL_LIMIT rows, else "10,000+". */
    public LedgerTotal ledgerTotal(@NotNull LedgerFilter filter) {
        return ledger.total(filter, clock.instant(), ComplaintLedger.EXACT_TOTAL_LIMIT);
    }

    public List<Category> categories(boolean activeOnly) {
        return em.createQuery("select c from Category c where c.active = true or :all = true order by c.sortOrder, c.code", Category.class)
                .setParameter("all", !activeOnly).getResultList();
    }

    private Attachment attach(Complaint complaint, AttachmentInspector.Inspected file, byte[] content, String by, Instant now) {
        Attachment attachment = new Attachment(complaint, file.fileName(), file.contentType(), content.length, sha256(content), now, by);
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
        complaint.noteAttachment(by, file.fileName(), now);
        return attachment;
    }

    private static WorkDuration extraTime(String text) {
        try {
            return WorkDuration.parse(text);
        } catch (BusinessException e) {
            throw BusinessException.invalidField("by", "complaint.extension.durationInvalid", text);
        }
    }

    private Actor actor() {
        AppUser me = currentUser.require();
        return new Actor(me.getUsername(), me.getRoles(), me.getDepartment() == null ? null : me.getDepartment().getId());
    }

    private Category category(Long id) {
        Category category = id == null ? null : em.find(Category.class, id);
        if (category == null) {
            throw BusinessException.invalidField("categoryId", "complaint.intake.categoryUnknown", id);
        }
        return category;
    }

    private Department department(Long id) {
        Department department = organisation.department(id);
        if (id != null && department == null) {
            throw BusinessException.invalidField("departmentId", "identity.department.notFound", id);
        }
        return department;
    }

    private AppUser handler(Long id) {
        AppUser handler = organisation.user(id);
        if (id != null && (handler == null || !handler.isActive())) {
            throw BusinessException.invalidField("handlerId", "identity.user.notFound", id);
        }
        return handler;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
