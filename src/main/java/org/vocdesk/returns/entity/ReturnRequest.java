package org.vocdesk.returns.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.vocdesk.returns.entity.ReturnStatus.*;

/**
 * Goods the customer sends back on a complaint: requested, then received (counted), analysed (accepted
 * quantity, finding, warranty cost) and completed by repair, replacement or refund.
 */
@Audited
@Entity
@Table(name = "return_request")
public class ReturnRequest {

    /** Findings that are not the supplier's fault: nothing is accepted as a warranty case. */
    private static final Set<AnalysisResult> NOT_OUR_FAULT = EnumSet.of(AnalysisResult.NO_TROUBLE_FOUND, AnalysisResult.CUSTOMER_CAUSED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(nullable = false, length = 100)
    private String product;

    @Column(name = "quantity_requested", nullable = false)
    private int quantityRequested;

    @Column(name = "quantity_received")
    private Integer quantityReceived;

    @Column(name = "quantity_accepted")
    private Integer quantityAccepted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Disposition disposition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReturnStatus status;

    @Column(length = 2000)
    private String reason;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "warranty_until")
    private LocalDate warrantyUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Warranty warranty;

    @Enumerated(EnumType.STRING)
    @Column(name = "analysis_method", length = 20)
    private AnalysisMethod analysisMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "analysis_result", length = 30)
    private AnalysisResult analysisResult;

    @Column(name = "analysis_notes", length = 4000)
    private String analysisNotes;

    @Embedded
    private Money warrantyCost;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "received_by", length = 60)
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "analysed_by", length = 60)
    private String analysedBy;

    @Column(name = "analysed_at")
    private Instant analysedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_comment", length = 2000)
    private String closeComment;

    @Version
    private long version;

    protected ReturnRequest() {
    }

    /** complainedOn: the day the complaint was received, for the warranty check against deliveredOn. */
    public ReturnRequest(long complaintId, NewReturn input, LocalDate complainedOn, int warrantyMonths, String actor, Instant now) {
        if (blank(input.product())) {
            throw BusinessException.invalidField("product", "returns.error.productRequired");
        }
        if (input.quantityRequested() == null || input.quantityRequested() < 1) {
            throw BusinessException.invalidField("quantityRequested", "returns.error.quantityRequested");
        }
        if (input.disposition() == null) {
            throw BusinessException.invalidField("disposition", "returns.error.dispositionRequired");
        }
        this.warranty = Warranty.check(input.deliveredOn(), complainedOn, warrantyMonths);
        this.warrantyUntil = Warranty.until(input.deliveredOn(), warrantyMonths);
        this.complaintId = complaintId;
        this.product = input.product().strip();
        this.quantityRequested = input.quantityRequested();
        this.disposition = input.disposition();
        this.deliveredOn = input.deliveredOn();
        this.reason = trimmed(input.reason());
        this.status = REQUESTED;
        this.requestedBy = actor;
        this.requestedAt = now;
    }

    /** The goods arrived: at most the requested quantity (a return beyond it needs a new request). */
    public void receive(Integer quantity, String actor, Instant now) {
        requireStatus(REQUESTED);
        if (quantity == null || quantity < 0 || quantity > quantityRequested) {
            throw BusinessException.invalidField("quantityReceived", "returns.error.quantityReceived", quantityRequested);
        }
        this.quantityReceived = quantity;
        this.receivedBy = actor;
        this.receivedAt = now;
        this.status = RECEIVED;
    }

    public void analyse(Analysis analysis, String actor, Instant now) {
        requireStatus(RECEIVED);
        if (analysis.method() == null) {
            throw BusinessException.invalidField("method", "returns.error.methodRequired");
        }
        if (analysis.result() == null) {
            throw BusinessException.invalidField("result", "returns.error.resultRequired");
        }
        Integer accepted = analysis.quantityAccepted();
        if (accepted == null || accepted < 0 || accepted > quantityReceived) {
            throw BusinessException.invalidField("quantityAccepted", "returns.error.quantityAccepted", quantityReceived);
        }
        if (accepted > 0 && NOT_OUR_FAULT.contains(analysis.result())) {
            throw BusinessException.invalidField("quantityAccepted", "returns.error.nothingAcceptedWhen." + analysis.result());
        }
        boolean noCost = analysis.costAmount() == null && blank(analysis.costCurrency());
        this.warrantyCost = noCost ? null : Money.of(analysis.costAmount(), analysis.costCurrency(), "costAmount");
        this.analysisMethod = analysis.method();
        this.analysisResult = analysis.result();
        this.quantityAccepted = accepted;
        this.analysisNotes = trimmed(analysis.notes());
        this.analysedBy = actor;
        this.analysedAt = now;
        this.status = ANALYSED;
    }

    /** The repair, replacement or refund was carried out. */
    public void complete(String comment, String actor, Instant now) {
        requireStatus(ANALYSED);
        close(COMPLETED, comment, actor, now);
    }

    public void cancel(String reasonGiven, String actor, Instant now) {
        requireStatus(REQUESTED, RECEIVED);
        if (blank(reasonGiven)) {
            throw BusinessException.invalidField("comment", "returns.error.cancelReasonRequired");
        }
        close(CANCELLED, reasonGiven, actor, now);
    }

    /** The caller saw this version; anything else means someone changed the request meanwhile. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw BusinessException.conflict("returns.error.changedMeanwhile");
        }
    }

    private void close(ReturnStatus to, String comment, String actor, Instant now) {
        this.status = to;
        this.closeComment = trimmed(comment);
        this.closedBy = actor;
        this.closedAt = now;
    }

    private void requireStatus(ReturnStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw BusinessException.conflict("returns.error.wrongStatus." + status);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    public Long getId() { return id; }

    public Long getComplaintId() { return complaintId; }

    public String getProduct() { return product; }

    public int getQuantityRequested() { return quantityRequested; }

    public Integer getQuantityReceived() { return quantityReceived; }

    public Integer getQuantityAccepted() { return quantityAccepted; }

    public Disposition getDisposition() { return disposition; }

    public ReturnStatus getStatus() { return status; }

    public String getReason() { return reason; }

    public LocalDate getDeliveredOn() { return deliveredOn; }

    public LocalDate getWarrantyUntil() { return warrantyUntil; }

    public Warranty getWarranty() { return warranty; }

    public AnalysisMethod getAnalysisMethod() { return analysisMethod; }

    public AnalysisResult getAnalysisResult() { return analysisResult; }

    public String getAnalysisNotes() { return analysisNotes; }

    public Money getWarrantyCost() { return warrantyCost; }

    public String getRequestedBy() { return requestedBy; }

    public Instant getRequestedAt() { return requestedAt; }

    public String getReceivedBy() { return receivedBy; }

    public Instant getReceivedAt() { return receivedAt; }

    public String getAnalysedBy() { return analysedBy; }

    public Instant getAnalysedAt() { return analysedAt; }

    public String getClosedBy() { return closedBy; }

    public Instant getClosedAt() { return closedAt; }

    public String getCloseComment() { return closeComment; }

    public long getVersion() { return version; }
}
