package org.vocdesk.returns.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.web.ComplaintBacking;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.returns.boundary.Returns;
import org.vocdesk.returns.entity.Analysis;
import org.vocdesk.returns.entity.AnalysisMethod;
import org.vocdesk.returns.entity.AnalysisResult;
import org.vocdesk.returns.entity.Disposition;
import org.vocdesk.returns.entity.NewReturn;
import org.vocdesk.returns.entity.ReturnRequest;
import org.vocdesk.returns.entity.ReturnStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The return requests on the complaint page: request, receive, analyse, complete or cancel the one chosen.
 * The version the user saw goes with each change, so a concurrent change is reported, not overwritten.
 */
@Named
@ViewScoped
public class ComplaintReturnsBacking implements Serializable {

    @Inject
    Returns returns;

    @Inject
    ComplaintBacking complaintPage;

    @Inject
    CurrentUser currentUser;

    private List<ReturnRequest> requests;

    private String product;
    private Integer quantityRequested;
    private Disposition disposition = Disposition.REPAIR;
    private LocalDate deliveredOn;
    private String reason;

    private Long selectedId;
    private Integer quantityReceived;
    private AnalysisMethod method = AnalysisMethod.LAB;
    private AnalysisResult result;
    private Integer quantityAccepted;
    private BigDecimal costAmount;
    private String costCurrency = "CNY";
    private String comment;

    public List<ReturnRequest> getRequests() {
        if (requests == null) {
            requests = returns.returnsOf(complaintPage.getId());
            if (product == null) {
                product = complaintPage.getComplaint().getProduct();
            }
        }
        return requests;
    }

    public void request() {
        returns.requestReturn(complaintPage.getId(), new NewReturn(product, quantityRequested, disposition, deliveredOn, reason));
        quantityRequested = null;
        deliveredOn = null;
        reason = null;
        done();
    }

    public void receive() {
        returns.receive(complaintPage.getId(), selectedId, quantityReceived, seenVersion());
        done();
    }

    public void analyse() {
        returns.analyse(complaintPage.getId(), selectedId,
                new Analysis(method, result, quantityAccepted, costAmount, costAmount == null ? null : costCurrency, comment), seenVersion());
        done();
    }

    public void complete() {
        returns.complete(complaintPage.getId(), selectedId, comment, seenVersion());
        done();
    }

    public void cancel() {
        returns.cancel(complaintPage.getId(), selectedId, comment, seenVersion());
        done();
    }

    /** The version of the chosen request as this page showed it (null when none is chosen: the boundary reports it). */
    private Long seenVersion() {
        return getRequests().stream().filter(r -> r.getId().equals(selectedId)).findFirst().map(ReturnRequest::getVersion).orElse(null);
    }

    private void done() {
        FacesMessages.info("returns.action.done");
        requests = null;
        comment = null;
    }

    /** Requests that can still move on, to choose from. */
    public List<ReturnRequest> getOpenRequests() {
        return getRequests().stream().filter(r -> r.getStatus() != ReturnStatus.COMPLETED && r.getStatus() != ReturnStatus.CANCELLED).toList();
    }

    public boolean isCanAct() {
        return StaffRoles.acts(currentUser);
    }

    public boolean isCanAnalyse() {
        return StaffRoles.analyses(currentUser);
    }

    public Disposition[] getDispositions() { return Disposition.values(); }

    public AnalysisMethod[] getMethods() { return AnalysisMethod.values(); }

    public AnalysisResult[] getResults() { return AnalysisResult.values(); }

    public String getProduct() { return product; }

    public void setProduct(String product) { this.product = product; }

    public Integer getQuantityRequested() { return quantityRequested; }

    public void setQuantityRequested(Integer quantityRequested) { this.quantityRequested = quantityRequested; }

    public Disposition getDisposition() { return disposition; }

    public void setDisposition(Disposition disposition) { this.disposition = disposition; }

    public LocalDate getDeliveredOn() { return deliveredOn; }

    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }

    public Long getSelectedId() { return selectedId; }

    public void setSelectedId(Long selectedId) { this.selectedId = selectedId; }

    public Integer getQuantityReceived() { return quantityReceived; }

    public void setQuantityReceived(Integer quantityReceived) { this.quantityReceived = quantityReceived; }

    public AnalysisMethod getMethod() { return method; }

    public void setMethod(AnalysisMethod method) { this.method = method; }

    public AnalysisResult getResult() { return result; }

    public void setResult(AnalysisResult result) { this.result = result; }

    public Integer getQuantityAccepted() { return quantityAccepted; }

    public void setQuantityAccepted(Integer quantityAccepted) { this.quantityAccepted = quantityAccepted; }

    public BigDecimal getCostAmount() { return costAmount; }

    public void setCostAmount(BigDecimal costAmount) { this.costAmount = costAmount; }

    public String getCostCurrency() { return costCurrency; }

    public void setCostCurrency(String costCurrency) { this.costCurrency = costCurrency; }

    public String getComment() { return comment; }

    public void setComment(String comment) { this.comment = comment; }
}
