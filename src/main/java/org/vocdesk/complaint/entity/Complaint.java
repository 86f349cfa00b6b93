package org.vocdesk.complaint.entity;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.calendar.entity.WorkDuration;
import org.vocdesk.calendar.entity.WorkingCalendar;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.identity.entity.Department;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.vocdesk.complaint.entity.ComplaintStatus.*;

/**
 * A piece of customer feedback and its handling. Every change of state is a method that checks who
 * acts and what must be present, and writes a line to the timeline.
 */
@Audited
@Entity
@Table(name = "complaint")
public class Complaint {

    /** The actor of what the customer does through their link (no login). */
    public static final String CUSTOMER = "customer";

    /** Received a little in the future is clock skew between machines; more is a typing error. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null only inside the transaction that records the complaint: it is numbered as that commits. */
    @Column(unique = true, length = 30)
    private String number;

    /**
     * What the number will start with, prefix and month (CF202611), while the complaint waits for its number: the
     * database gives the number as the recording transaction commits and clears this (ComplaintNumbers).
     */
    @NotAudited
    @Column(name = "number_prefix", length = 30, updatable = false)
    private String numberPrefix;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_type", nullable = false, length = 20)
    private FeedbackType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(name = "contact_phone", length = 50)
    private String contactPhone;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(length = 100)
    private String product;

    @Column(name = "order_no", length = 60)
    private String orderNo;

    @Column(name = "batch_no", length = 60)
    private String batchNo;

    @Column(name = "quantity_affected")
    private Integer quantityAffected;

    @Column(name = "customer_words", nullable = false, length = 20000)
    private String customerWords;

    @Column(name = "key_details", length = 4000)
    private String keyDetails;

    @Enumerated(EnumType.STRING)
    @Column(name = "initial_urgency", nullable = false, length = 10)
    private Urgency initialUrgency;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Urgency priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Validity validity;

    @Column(name = "invalid_reason", length = 4000)
    private String invalidReason;

    @Column(nullable = false)
    private boolean major;

    @Column(name = "major_reasons", length = 100)
    private String majorReasons;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_id")
    private AppUser handler;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repeat_of_id")
    private Complaint repeatOf;

    @Column(name = "is_repeat", nullable = false)
    private boolean repeat;

    @Column(name = "calendar_code", nullable = false, length = 30)
    private String calendarCode;

    @Column(name = "first_reply_due", nullable = false)
    private Instant firstReplyDue;

    @Column(name = "response_due", nullable = false)
    private Instant responseDue;

    @Column(name = "first_replied_at")
    private Instant firstRepliedAt;

    @Column(name = "first_reply_extended_to")
    private Instant firstReplyExtendedTo;

    @Column(name = "response_extended_to")
    private Instant responseExtendedTo;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When this complaint is late from, kept for the ledger's indexed "overdue" filter; null once closed. */
    @Column(name = "late_from")
    private Instant lateFrom;

    /** Working time from receipt to closure on the complaint's calendar, measured at closure (KPI handling time). */
    @Column(name = "handling_seconds")
    private Long handlingSeconds;

    @Column(length = 4000)
    private String resolution;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<ComplaintEvent> events = new ArrayList<>();

    /** Eager: every view of a complaint says whether it waits, also after the transaction that loaded it. */
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("startedAt, id")
    private List<CustomerWait> customerWaits = new ArrayList<>();

    @Version
    private long version;

    protected Complaint() {
    }

    /**
     * Records new feedback; deadlines are planned right after by the caller, which knows the calendar. The
     * number may be null here and given later (assignNumber): taking a number locks the month's counter row until
     * commit, so intake takes it as the last thing before the commit (ComplaintNumbers).
     */
    public Complaint(String number, IntakeDetails details, Category category, Customer customer, String recordedBy, Instant now) {
        if (details.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw BusinessException.invalidField("receivedAt", "complaint.intake.receivedInFuture");
        }
        if (details.customerWords() == null || details.customerWords().isBlank()) {
            throw BusinessException.invalidField("customerWords", "complaint.intake.wordsRequired");
        }
        if (!details.anonymous() && customer == null && blank(details.contactName())) {
            throw BusinessException.invalidField("customerId", "complaint.intake.customerOrContactRequired");
        }
        if (!category.isActive()) {
            throw BusinessException.invalidField("categoryId", "complaint.intake.categoryInactive");
        }
        this.number = number;
        this.receivedAt = details.receivedAt();
        this.recordedAt = now;
        this.recordedBy = recordedBy;
        this.channel = details.channel();
        this.type = details.type();
        this.category = category;
        this.anonymous = details.anonymous();
        this.customer = details.anonymous() ? null : customer;
        this.contactName = details.anonymous() ? null : trimmed(details.contactName());
        this.contactPhone = details.anonymous() ? null : trimmed(details.contactPhone());
        this.contactEmail = details.anonymous() ? null : trimmed(details.contactEmail());
        this.product = trimmed(details.product());
        this.orderNo = trimmed(details.orderNo());
        this.batchNo = trimmed(details.batchNo());
        this.quantityAffected = details.quantityAffected();
        this.customerWords = details.customerWords().strip();
        this.keyDetails = trimmed(details.keyDetails());
        this.initialUrgency = details.urgency();
        this.status = RECEIVED;
        flagMajor(details.majorReasons());
        log(recordedBy, now, ComplaintEvent.Kind.RECORDED, null, RECEIVED, null);
    }

    /** Marks a new complaint, not yet numbered, as waiting for the next number that starts with this prefix and month. */
    public void awaitNumber(String prefixAndMonth) {
        requireNoNumber();
        this.numberPrefix = java.util.Objects.requireNonNull(prefixAndMonth);
    }

    /** Gives the complaint its number, once (see the constructor). */
    public void assignNumber(String assigned) {
        requireNoNumber();
        this.number = java.util.Objects.requireNonNull(assigned);
        this.numberPrefix = null;
    }

    private void requireNoNumber() {
        if (number != null) {
            throw new IllegalStateException("Complaint " + number + " already has its number");
        }
    }

    // ---- triage -------------------------------------------------------------------------------------

    public void triageAsValid(Actor actor, Urgency priority, Set<MajorReason> reasons, Department department,
                              AppUser handler, String comment, Instant now) {
        requireRole(actor, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER);
        requireStatus(RECEIVED, REOPENED, TRIAGED);
        if (priority == null) {
            throw BusinessException.invalidField("priority", "complaint.triage.priorityRequired");
        }
        if (department == null) {
            throw BusinessException.invalidField("departmentId", "complaint.triage.departmentRequired");
        }
        requireHandlerIn(handler, department);
        ComplaintStatus from = status;
        this.validity = Validity.VALID;
        this.invalidReason = null;
        this.priority = priority;
        this.department = department;
        this.handler = handler;
        flagMajor(reasons);
        this.status = TRIAGED;
        log(actor.username(), now, ComplaintEvent.Kind.TRIAGED, from, TRIAGED, trimmed(comment));
    }

    /** Not a valid complaint (the customer, a carrier or a third party caused it): closed with the explanation. */
    public void triageAsInvalid(Actor actor, String reason, Instant now) {
        requireRole(actor, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER);
        requireStatus(RECEIVED, REOPENED, TRIAGED);
        if (blank(reason)) {
            throw BusinessException.invalidField("reason", "complaint.triage.invalidReasonRequired");
        }
        if (isWaitingOnCustomer()) {
            endWait(actor.username(), null, now);
        }
        ComplaintStatus from = status;
        this.validity = Validity.INVALID;
        this.invalidReason = reason.strip();
        this.status = CLOSED_INVALID;
        this.closedAt = now;
        log(actor.username(), now, ComplaintEvent.Kind.INVALIDATED, from, CLOSED_INVALID, invalidReason);
    }

    /** The quality department may correct the category (the deadlines are then planned again). */
    public void recategorize(Actor actor, Category newCategory) {
        requireRole(actor, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER);
        if (!status.isOpen()) {
            throw BusinessException.conflict("complaint.action.wrongStatus", status);
        }
        if (!newCategory.isActive()) {
            throw BusinessException.invalidField("categoryId", "complaint.intake.categoryInactive");
        }
        this.category = newCategory;
    }

    /** Quality and general managers give it to any department; a department manager within their own department. */
    public void reassign(Actor actor, Department newDepartment, AppUser newHandler, String comment, Instant now) {
        requireSupervisor(actor);
        requireStatus(TRIAGED, INVESTIGATING, REOPENED);
        if (newDepartment == null) {
            throw BusinessException.invalidField("departmentId", "complaint.triage.departmentRequired");
        }
        if (!actor.hasAny(Role.QUALITY_MANAGER, Role.GENERAL_MANAGER) && !newDepartment.getId().equals(department.getId())) {
            throw BusinessException.forbidden("complaint.reassign.ownDepartmentOnly");
        }
        requireHandlerIn(newHandler, newDepartment);
        this.department = newDepartment;
        this.handler = newHandler;
        log(actor.username(), now, ComplaintEvent.Kind.REASSIGNED, status, status, trimmed(comment));
    }

    /**
     * A supervisor becomes the handler. They keep the complaint in its department when they manage it or work
     * in it; otherwise it moves to their own department (a quality manager taking over).
     */
    public void takeOver(Actor actor, AppUser taker, String comment, Instant now) {
        requireSupervisor(actor);
        requireStatus(TRIAGED, INVESTIGATING, REOPENED);
        if (handler != null && handler.getUsername().equals(taker.getUsername())) {
            throw BusinessException.conflict("complaint.takeOver.alreadyHandler");
        }
        boolean staysHere = department != null && (managedBy(department, taker)
                || taker.getDepartment() != null && taker.getDepartment().getId().equals(department.getId()));
        Department target = staysHere ? department : taker.getDepartment();
        if (target == null) {
            throw BusinessException.invalidField("departmentId", "complaint.takeOver.noDepartment");
        }
        this.department = target;
        this.handler = taker;
        log(actor.username(), now, ComplaintEvent.Kind.TAKEN_OVER, status, status, trimmed(comment));
    }

    /**
     * A supervisor gives more working time for the first reply or the response, counted on the complaint's
     * calendar from the current deadline. Recorded with the reason and both deadlines; recomputing the
     * deadlines later (category or calendar changed) never brings it back earlier.
     */
    public void extendDeadline(Actor actor, String deadline, WorkDuration by, WorkingCalendar calendar, String reason, Instant now) {
        requireSupervisor(actor);
        if (!status.isOpen()) {
            throw BusinessException.conflict("complaint.action.wrongStatus", status);
        }
        if (blank(reason)) {
            throw BusinessException.invalidField("reason", "complaint.extension.reasonRequired");
        }
        if (by == null || by.isZero()) {
            throw BusinessException.invalidField("by", "complaint.extension.durationRequired");
        }
        Instant before;
        Instant after;
        if ("FIRST_REPLY".equals(deadline)) {
            if (firstRepliedAt != null) {
                throw BusinessException.conflict("complaint.extension.firstReplyGiven");
            }
            before = firstReplyDue;
            after = calendar.plus(before, by);
            firstReplyDue = after;
            firstReplyExtendedTo = after;
        } else if ("RESPONSE".equals(deadline)) {
            if (status == AWAITING_CONFIRMATION) {
                throw BusinessException.conflict("complaint.action.wrongStatus", status);
            }
            before = responseDue;
            after = calendar.plus(before, by);
            responseDue = after;
            responseExtendedTo = after;
        } else {
            throw BusinessException.invalidField("deadline", "complaint.extension.noSuchDeadline", deadline);
        }
        DateTimeFormatter when = WHEN.withZone(calendar.zone());
        log(actor.username(), now, ComplaintEvent.Kind.DEADLINE_EXTENDED, status, status,
                deadline + " " + when.format(before) + " → " + when.format(after) + ": " + reason.strip());
    }

    // ---- handling -----------------------------------------------------------------------------------

    /** The first reply to the customer (measured against the first-reply deadline). Later replies do not move it. */
    public void recordFirstReply(Actor actor, Instant repliedAt, String summary, Instant now) {
        if (!actor.hasAny(Role.CLERK, Role.QUALITY_MANAGER) && !isResponsible(actor)) {
            throw BusinessException.forbidden("complaint.action.notAllowed");
        }
        if (!status.isOpen()) {
            throw BusinessException.conflict("complaint.action.wrongStatus", status);
        }
        if (firstRepliedAt != null) {
            throw BusinessException.conflict("complaint.reply.alreadyRecorded");
        }
        if (repliedAt == null || repliedAt.isBefore(receivedAt) || repliedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw BusinessException.invalidField("repliedAt", "complaint.reply.timeInvalid");
        }
        if (blank(summary)) {
            throw BusinessException.invalidField("summary", "complaint.reply.summaryRequired");
        }
        this.firstRepliedAt = repliedAt;
        log(actor.username(), now, ComplaintEvent.Kind.FIRST_REPLY, status, status, summary.strip());
    }

    public void startInvestigation(Actor actor, String comment, Instant now) {
        requireResponsible(actor);
        requireStatus(TRIAGED, REOPENED);
        if (handler == null) {
            throw BusinessException.invalidField("handlerId", "complaint.investigation.handlerRequired");
        }
        move(actor, INVESTIGATING, ComplaintEvent.Kind.INVESTIGATION_STARTED, comment, now);
    }

    /** The handling is done; the customer is asked to confirm the closure (谁投诉谁关闭). */
    public void requestConfirmation(Actor actor, String resolutionSummary, Instant now) {
        requireResponsible(actor);
        requireStatus(INVESTIGATING);
        if (blank(resolutionSummary)) {
            throw BusinessException.invalidField("resolution", "complaint.confirmation.resolutionRequired");
        }
        this.resolution = resolutionSummary.strip();
        move(actor, AWAITING_CONFIRMATION, ComplaintEvent.Kind.CONFIRMATION_REQUESTED, resolution, now);
    }

    /** The customer confirmed; the comment says how (e.g. "confirmed by phone with Mr Li"). */
    public void close(Actor actor, String confirmation, Instant now) {
        requireRole(actor, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER);
        requireStatus(AWAITING_CONFIRMATION);
        if (blank(confirmation)) {
            throw BusinessException.invalidField("comment", "complaint.close.confirmationRequired");
        }
        this.closedAt = now;
        move(actor, CLOSED, ComplaintEvent.Kind.CLOSED, confirmation, now);
    }

    public void reopen(Actor actor, String reason, Instant now) {
        requireRole(actor, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER);
        requireStatus(CLOSED, CLOSED_INVALID, AWAITING_CONFIRMATION);
        if (blank(reason)) {
            throw BusinessException.invalidField("comment", "complaint.reopen.reasonRequired");
        }
        this.closedAt = null;
        move(actor, REOPENED, ComplaintEvent.Kind.REOPENED, reason, now);
    }

    /**
     * Records are never deleted: one recorded in error is voided with a reason, by the quality manager or the
     * administrator. It leaves the ledger and all work lists; its history stays in the audit trail.
     */
    public void voidRecord(Actor actor, String reason, Instant now) {
        requireRole(actor, Role.QUALITY_MANAGER, Role.ADMINISTRATOR);
        if (status == VOIDED) {
            throw BusinessException.conflict("complaint.void.already");
        }
        if (blank(reason)) {
            throw BusinessException.invalidField("comment", "complaint.void.reasonRequired");
        }
        move(actor, VOIDED, ComplaintEvent.Kind.VOIDED, reason.strip(), now);
    }

    // ---- customer reply and closure (谁投诉谁关闭; rules of the closure feature) --------------------------------

    /** The reply to the customer was recorded (by the closure feature); the first one also is the first reply. */
    public void noteCustomerReply(Actor actor, Instant repliedAt, String summary, Instant now) {
        if (!actor.hasAny(Role.CLERK, Role.QUALITY_MANAGER, Role.GENERAL_MANAGER) && !isResponsible(actor)) {
            throw BusinessException.forbidden("complaint.action.notAllowed");
        }
        if (firstRepliedAt == null && status.isOpen()) {
            this.firstRepliedAt = repliedAt;
        }
        log(actor.username(), now, ComplaintEvent.Kind.CUSTOMER_REPLY, status, status, trimmed(summary));
    }

    /** The general manager approved the closure of this major complaint (signed electronically). */
    public void noteClosureApproved(Actor actor, Instant now) {
        requireRole(actor, Role.GENERAL_MANAGER);
        requireStatus(AWAITING_CONFIRMATION);
        log(actor.username(), now, ComplaintEvent.Kind.CLOSURE_APPROVED, status, status, null);
    }

    /** The customer confirmed the closure through their link. */
    public void closeByCustomer(String comment, Instant now) {
        requireStatus(AWAITING_CONFIRMATION);
        this.closedAt = now;
        ComplaintStatus from = status;
        this.status = CLOSED;
        log(CUSTOMER, now, ComplaintEvent.Kind.CLOSED, from, CLOSED, trimmed(comment));
    }

    /** The customer says it is not resolved (or does not accept the explanation): back to work with their words. */
    public void reopenByCustomer(String comment, Instant now) {
        requireStatus(AWAITING_CONFIRMATION, CLOSED_INVALID);
        this.closedAt = null;
        ComplaintStatus from = status;
        this.status = REOPENED;
        log(CUSTOMER, now, ComplaintEvent.Kind.REOPENED, from, REOPENED, trimmed(comment));
    }

    /** The customer accepted the explanation of an invalid complaint. */
    public void noteExplanationAccepted(String comment, Instant now) {
        requireStatus(CLOSED_INVALID);
        log(CUSTOMER, now, ComplaintEvent.Kind.CUSTOMER_ACCEPTED, status, status, trimmed(comment));
    }

    /** Starts at 1 and counts up with every reopening: what was approved for an earlier round does not count. */
    public int closureRound() {
        return 1 + (int) events.stream().filter(e -> e.getKind() == ComplaintEvent.Kind.REOPENED).count();
    }

    // ---- waiting on the customer ----------------------------------------------------------------------

    /** The clock of the deadlines stops until the customer answers (see {@link #endCustomerWait}). */
    public void waitForCustomer(Actor actor, String reason, Instant now) {
        requireResponsible(actor);
        requireStatus(RECEIVED, TRIAGED, INVESTIGATING, REOPENED);
        if (isWaitingOnCustomer()) {
            throw BusinessException.conflict("complaint.wait.already");
        }
        if (blank(reason)) {
            throw BusinessException.invalidField("comment", "complaint.wait.reasonRequired");
        }
        customerWaits.add(new CustomerWait(this, actor.username(), reason.strip(), now));
        log(actor.username(), now, ComplaintEvent.Kind.WAITING_ON_CUSTOMER, status, status, reason.strip());
    }

    /** The customer answered: the clock runs again; the deadlines are planned again by the caller. */
    public void endCustomerWait(Actor actor, String comment, Instant now) {
        requireResponsible(actor);
        if (!isWaitingOnCustomer()) {
            throw BusinessException.conflict("complaint.wait.notWaiting");
        }
        endWait(actor.username(), trimmed(comment), now);
    }

    public boolean isWaitingOnCustomer() {
        return customerWaits.stream().anyMatch(CustomerWait::isOpen);
    }

    /** The stretches in which the deadlines' clock stood still, for planning them. */
    public List<Pause> pauses() {
        return customerWaits.stream().map(CustomerWait::pause).toList();
    }

    private void endWait(String actor, String comment, Instant now) {
        customerWaits.stream().filter(CustomerWait::isOpen).forEach(wait -> wait.end(actor, now));
        log(actor, now, ComplaintEvent.Kind.CUSTOMER_WAIT_ENDED, status, status, comment);
    }

    // ---- deadlines, repeats, attachments ------------------------------------------------------------------

    /** Stores the deadlines computed on the given calendar; logged when they move on an existing record. */
    public void planDeadlines(String calendar, Instant firstReply, Instant response, String actor, Instant now) {
        firstReply = later(firstReply, firstReplyExtendedTo);
        response = later(response, responseExtendedTo);
        boolean changed = firstReplyDue != null && (!firstReply.equals(firstReplyDue) || !response.equals(responseDue));
        this.calendarCode = calendar;
        this.firstReplyDue = firstReply;
        this.responseDue = response;
        if (changed) {
            log(actor, now, ComplaintEvent.Kind.DEADLINES_RECOMPUTED, status, status, null);
        }
    }

    public void markRepeatOf(Complaint earlier) {
        this.repeatOf = earlier;
        this.repeat = earlier != null;
    }

    public void noteAttachment(String actor, String fileName, Instant now) {
        log(actor, now, ComplaintEvent.Kind.ATTACHMENT_ADDED, status, status, fileName);
    }

    /** The priority that drives the response deadline: the triaged one, else the urgency given at intake. */
    public Urgency effectivePriority() {
        return priority != null ? priority : initialUrgency;
    }

    public boolean isOverdue(Instant now) {
        Instant late = lateFrom();
        return late != null && now.isAfter(late);
    }

    /** The first deadline still to be met: none once closed, the response deadline once replied to. */
    public Instant lateFrom() {
        if (!status.isOpen()) {
            return null;
        }
        return firstRepliedAt == null && firstReplyDue.isBefore(responseDue) ? firstReplyDue : responseDue;
    }

    /** Stores the working time from receipt to closure (SQL cannot walk a calendar); none while open. */
    public void measureHandlingTime(WorkingCalendar calendar) {
        handlingSeconds = closedAt == null ? null : calendar.workingTimeBetween(receivedAt, closedAt).getSeconds();
    }

    @PrePersist
    @PreUpdate
    void storeLateFrom() {
        lateFrom = lateFrom();
        if (closedAt == null) {
            handlingSeconds = null;
        }
    }

    public boolean isResponsible(Actor actor) {
        boolean isHandler = handler != null && handler.getUsername().equals(actor.username());
        boolean isManager = actor.hasAny(Role.DEPARTMENT_MANAGER) && department != null
                && department.getId().equals(actor.departmentId());
        return isHandler || isManager;
    }

    /** Quality and general managers; a department manager for the complaints of the department they manage. */
    public boolean isSupervisor(Actor actor) {
        if (actor.hasAny(Role.QUALITY_MANAGER, Role.GENERAL_MANAGER)) {
            return true;
        }
        return actor.hasAny(Role.DEPARTMENT_MANAGER) && department != null
                && (department.getId().equals(actor.departmentId())
                || department.getManager() != null && department.getManager().getUsername().equals(actor.username()));
    }

    private void requireSupervisor(Actor actor) {
        if (!isSupervisor(actor)) {
            throw BusinessException.forbidden("complaint.action.notAllowed");
        }
    }

    private static boolean managedBy(Department department, AppUser user) {
        return department.getManager() != null && department.getManager().getUsername().equals(user.getUsername());
    }

    private static Instant later(Instant computed, Instant extendedTo) {
        return extendedTo != null && extendedTo.isAfter(computed) ? extendedTo : computed;
    }

    private void flagMajor(Set<MajorReason> reasons) {
        Set<MajorReason> flags = reasons == null || reasons.isEmpty() ? EnumSet.noneOf(MajorReason.class) : EnumSet.copyOf(reasons);
        this.major = !flags.isEmpty();
        this.majorReasons = flags.isEmpty() ? null : flags.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private void move(Actor actor, ComplaintStatus to, ComplaintEvent.Kind kind, String comment, Instant now) {
        if (isWaitingOnCustomer()) {
            endWait(actor.username(), null, now); // the complaint moves again, so its clock runs again
        }
        ComplaintStatus from = status;
        status = to;
        log(actor.username(), now, kind, from, to, trimmed(comment));
    }

    private void log(String actor, Instant at, ComplaintEvent.Kind kind, ComplaintStatus from, ComplaintStatus to, String comment) {
        events.add(new ComplaintEvent(this, at, actor, kind, from, to, comment));
    }

    private void requireResponsible(Actor actor) {
        if (!actor.hasAny(Role.QUALITY_MANAGER, Role.GENERAL_MANAGER) && !isResponsible(actor)) {
            throw BusinessException.forbidden("complaint.action.notAllowed");
        }
    }

    private static void requireRole(Actor actor, Role... roles) {
        if (!actor.hasAny(roles)) {
            throw BusinessException.forbidden("complaint.action.notAllowed");
        }
    }

    private void requireStatus(ComplaintStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw BusinessException.conflict("complaint.action.wrongStatus", status);
        }
    }

    private static void requireHandlerIn(AppUser handler, Department department) {
        if (handler != null && (handler.getDepartment() == null || !handler.getDepartment().getId().equals(department.getId()))) {
            throw BusinessException.invalidField("handlerId", "complaint.triage.handlerNotInDepartment");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    public Long getId() { return id; }

    public String getNumber() { return number; }

    public String getNumberPrefix() { return numberPrefix; }

    public Instant getReceivedAt() { return receivedAt; }

    public Instant getRecordedAt() { return recordedAt; }

    public String getRecordedBy() { return recordedBy; }

    public Channel getChannel() { return channel; }

    public FeedbackType getType() { return type; }

    public Category getCategory() { return category; }

    public Customer getCustomer() { return customer; }

    public boolean isAnonymous() { return anonymous; }

    public String getContactName() { return contactName; }

    public String getContactPhone() { return contactPhone; }

    public String getContactEmail() { return contactEmail; }

    public String getProduct() { return product; }

    public String getOrderNo() { return orderNo; }

    public String getBatchNo() { return batchNo; }

    public Integer getQuantityAffected() { return quantityAffected; }

    public String getCustomerWords() { return customerWords; }

    public String getKeyDetails() { return keyDetails; }

    public Urgency getInitialUrgency() { return initialUrgency; }

    public Urgency getPriority() { return priority; }

    public ComplaintStatus getStatus() { return status; }

    public Validity getValidity() { return validity; }

    public String getInvalidReason() { return invalidReason; }

    public boolean isMajor() { return major; }

    public Set<MajorReason> getMajorReasons() {
        return majorReasons == null ? EnumSet.noneOf(MajorReason.class)
                : Arrays.stream(majorReasons.split(",")).map(MajorReason::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(MajorReason.class)));
    }

    public Department getDepartment() { return department; }

    public AppUser getHandler() { return handler; }

    public Complaint getRepeatOf() { return repeatOf; }

    public boolean isRepeat() { return repeat; }

    public String getCalendarCode() { return calendarCode; }

    public Instant getFirstReplyDue() { return firstReplyDue; }

    public Instant getResponseDue() { return responseDue; }

    public Instant getFirstRepliedAt() { return firstRepliedAt; }

    public Instant getFirstReplyExtendedTo() { return firstReplyExtendedTo; }

    public Instant getResponseExtendedTo() { return responseExtendedTo; }

    public Instant getClosedAt() { return closedAt; }

    public Long getHandlingSeconds() { return handlingSeconds; }

    public String getResolution() { return resolution; }

    public List<ComplaintEvent> getEvents() { return List.copyOf(events); }
}
