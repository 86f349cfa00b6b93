package org.vocdesk.returns.boundary;

import org.vocdesk.returns.entity.ReturnRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A return request as REST callers see it; {@code version} goes back with the next change. */
public record ReturnView(Long id, Long complaintId, String product, int quantityRequested, Integer quantityReceived,
                         Integer quantityAccepted, String disposition, String status, String reason, LocalDate deliveredOn,
                         LocalDate warrantyUntil, String warranty, String analysisMethod, String analysisResult,
                         String analysisNotes, BigDecimal warrantyCostAmount, String warrantyCostCurrency,
                         String requestedBy, Instant requestedAt, String receivedBy, Instant receivedAt,
                         String analysedBy, Instant analysedAt, String closedBy, Instant closedAt, String closeComment,
                         long version) {

    static ReturnView of(ReturnRequest r) {
        return new ReturnView(r.getId(), r.getComplaintId(), r.getProduct(), r.getQuantityRequested(), r.getQuantityReceived(),
                r.getQuantityAccepted(), r.getDisposition().name(), r.getStatus().name(), r.getReason(), r.getDeliveredOn(),
                r.getWarrantyUntil(), r.getWarranty().name(), name(r.getAnalysisMethod()), name(r.getAnalysisResult()),
                r.getAnalysisNotes(), r.getWarrantyCost() == null ? null : r.getWarrantyCost().getAmount(),
                r.getWarrantyCost() == null ? null : r.getWarrantyCost().getCurrency(),
                r.getRequestedBy(), r.getRequestedAt(), r.getReceivedBy(), r.getReceivedAt(), r.getAnalysedBy(),
                r.getAnalysedAt(), r.getClosedBy(), r.getClosedAt(), r.getCloseComment(), r.getVersion());
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
