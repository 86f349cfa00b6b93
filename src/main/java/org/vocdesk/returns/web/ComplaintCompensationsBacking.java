package org.vocdesk.returns.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.complaint.web.ComplaintBacking;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.Labels;
import org.vocdesk.returns.boundary.Returns;
import org.vocdesk.returns.entity.Authority;
import org.vocdesk.returns.entity.CompensationClaim;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** Compensation claims on the complaint page: claim, then approve or reject within the user's authority limit. */
@Named
@ViewScoped
public class ComplaintCompensationsBacking implements Serializable {

    @Inject
    Returns returns;

    @Inject
    ComplaintBacking complaintPage;

    @Inject
    CurrentUser currentUser;

    @Inject
    Labels labels;

    private List<CompensationClaim> claims;
    private Integer units;
    private String reason;
    private String decisionComment;

    public List<CompensationClaim> getClaims() {
        if (claims == null) {
            claims = returns.compensationsOf(complaintPage.getId());
        }
        return claims;
    }

    public void claim() {
        returns.claimCompensation(complaintPage.getId(), units, reason);
        units = null;
        reason = null;
        done();
    }

    /** With the version the page showed: a claim changed meanwhile is reported, not decided blindly. */
    public void approve(CompensationClaim claim) {
        returns.approve(complaintPage.getId(), claim.getId(), decisionComment, claim.getVersion());
        done();
    }

    public void reject(CompensationClaim claim) {
        returns.reject(complaintPage.getId(), claim.getId(), decisionComment, claim.getVersion());
        done();
    }

    private void done() {
        FacesMessages.info("returns.action.done");
        claims = null;
        decisionComment = null;
    }

    public boolean isCanClaim() {
        return StaffRoles.acts(currentUser);
    }

    public boolean isCanDecide() {
        return myAuthority().isPresent();
    }

    /** "Your approval limit: 12 units." */
    public String getLimitText() {
        return myAuthority().map(a -> a.limit() == null ? labels.get("returns.compensation.myLimitNone")
                : labels.format("returns.compensation.myLimit", a.limit())).orElse("");
    }

    private Optional<Authority> myAuthority() {
        return returns.myAuthority();
    }

    public Integer getUnits() { return units; }

    public void setUnits(Integer units) { this.units = units; }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }

    public String getDecisionComment() { return decisionComment; }

    public void setDecisionComment(String decisionComment) { this.decisionComment = decisionComment; }
}
