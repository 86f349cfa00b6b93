package org.vocdesk.returns.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.identity.control.CurrentUser;
import org.vocdesk.identity.entity.Role;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.Formats;
import org.vocdesk.returns.control.ReturnsSettings;
import org.vocdesk.returns.entity.Analysis;
import org.vocdesk.returns.entity.Authority;
import org.vocdesk.returns.entity.CompensationClaim;
import org.vocdesk.returns.entity.NewReturn;
import org.vocdesk.returns.entity.ReturnRequest;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.vocdesk.identity.entity.Role.Names.*;

/**
 * Return requests and compensation claims of a complaint; every change in one transaction. Auditors read.
 * expectedVersion (optional) is the version the caller saw: a different one is a concurrent change.
 */
@Stateless
@RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER, AUDITOR})
public class Returns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Complaints complaints;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReturnsSettings settings;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    public List<ReturnRequest> returnsOf(@NotNull Long complaintId) {
        complaints.get(complaintId);
        return em.createQuery("select r from ReturnRequest r where r.complaintId = :c order by r.requestedAt, r.id", ReturnRequest.class)
                .setParameter("c", complaintId).getResultList();
    }

    public ReturnRequest returnOf(@NotNull Long complaintId, @NotNull Long returnId) {
        return returnRequest(complaintId, returnId, null);
    }

    public List<CompensationClaim> compensationsOf(@NotNull Long complaintId) {
        complaints.get(complaintId);
        return em.createQuery("select c from CompensationClaim c where c.complaintId = :c order by c.requestedAt, c.id", CompensationClaim.class)
                .setParameter("c", complaintId).getResultList();
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReturnRequest requestReturn(@NotNull Long complaintId, @Valid @NotNull NewReturn input) {
        Complaint complaint = openComplaint(complaintId);
        ReturnRequest request = new ReturnRequest(complaintId, input, complaint.getReceivedAt().atZone(formats.zone()).toLocalDate(),
                settings.warrantyMonths(), actor(), clock.instant());
        em.persist(request);
        return request;
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReturnRequest receive(@NotNull Long complaintId, @NotNull Long returnId, Integer quantity, Long expectedVersion) {
        ReturnRequest request = returnRequest(complaintId, returnId, expectedVersion);
        request.receive(quantity, actor(), clock.instant());
        return flushed(request);
    }

    @RolesAllowed({HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReturnRequest analyse(@NotNull Long complaintId, @NotNull Long returnId, @Valid @NotNull Analysis analysis, Long expectedVersion) {
        ReturnRequest request = returnRequest(complaintId, returnId, expectedVersion);
        request.analyse(analysis, actor(), clock.instant());
        return flushed(request);
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReturnRequest complete(@NotNull Long complaintId, @NotNull Long returnId, String comment, Long expectedVersion) {
        ReturnRequest request = returnRequest(complaintId, returnId, expectedVersion);
        request.complete(comment, actor(), clock.instant());
        return flushed(request);
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public ReturnRequest cancel(@NotNull Long complaintId, @NotNull Long returnId, String reason, Long expectedVersion) {
        ReturnRequest request = returnRequest(complaintId, returnId, expectedVersion);
        request.cancel(reason, actor(), clock.instant());
        return flushed(request);
    }

    @RolesAllowed({CLERK, HANDLER, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public CompensationClaim claimCompensation(@NotNull Long complaintId, Integer units, String reason) {
        openComplaint(complaintId);
        CompensationClaim claim = new CompensationClaim(complaintId, units, reason, actor(), clock.instant());
        em.persist(claim);
        return claim;
    }

    /** Refused, with nothing changed, when the units exceed the caller's authority limit. */
    @RolesAllowed({CLERK, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public CompensationClaim approve(@NotNull Long complaintId, @NotNull Long claimId, String comment, Long expectedVersion) {
        CompensationClaim claim = claim(complaintId, claimId, expectedVersion);
        claim.approve(authority(), settings.limits().neededFor(claim.getUnits()).orElse(null), comment, clock.instant());
        return flushed(claim);
    }

    @RolesAllowed({CLERK, DEPARTMENT_MANAGER, QUALITY_MANAGER, GENERAL_MANAGER})
    public CompensationClaim reject(@NotNull Long complaintId, @NotNull Long claimId, String reason, Long expectedVersion) {
        CompensationClaim claim = claim(complaintId, claimId, expectedVersion);
        claim.reject(authority(), reason, clock.instant());
        return flushed(claim);
    }

    /** The caller's approval authority, if they have one (pages show it). */
    public Optional<Authority> myAuthority() {
        return settings.limits().of(actor(), roles());
    }

    private Authority authority() {
        return settings.limits().require(actor(), roles());
    }

    private Set<Role> roles() {
        return Arrays.stream(Role.values()).filter(currentUser::is).collect(Collectors.toSet());
    }

    private Complaint openComplaint(Long complaintId) {
        Complaint complaint = complaints.get(complaintId);
        if (!complaint.getStatus().isOpen()) {
            throw BusinessException.conflict("returns.error.complaintClosed", complaint.getNumber());
        }
        return complaint;
    }

    /** The return of the complaint: the complaint first, so one outside the caller's scope is refused as the complaint itself is. */
    private ReturnRequest returnRequest(Long complaintId, Long returnId, Long expectedVersion) {
        complaints.get(complaintId);
        ReturnRequest request = em.find(ReturnRequest.class, returnId);
        if (request == null || !request.getComplaintId().equals(complaintId)) {
            throw BusinessException.notFound("returns.error.returnNotFound", returnId);
        }
        request.requireVersion(expectedVersion);
        return request;
    }

    private CompensationClaim claim(Long complaintId, Long claimId, Long expectedVersion) {
        complaints.get(complaintId);
        CompensationClaim claim = em.find(CompensationClaim.class, claimId);
        if (claim == null || !claim.getComplaintId().equals(complaintId)) {
            throw BusinessException.notFound("returns.error.claimNotFound", claimId);
        }
        claim.requireVersion(expectedVersion);
        return claim;
    }

    /** Flushed here so the new version goes back to the caller and a concurrent commit fails in this call. */
    private <T> T flushed(T entity) {
        em.flush();
        return entity;
    }

    private String actor() {
        return currentUser.require().getUsername();
    }
}
