package org.vocdesk.capa.boundary;

import org.vocdesk.complaint.entity.Complaint;

import java.time.Instant;

/** A complaint the effectiveness verifier should look at. */
public record RelatedComplaint(long id, String number, Instant receivedAt, String category, String product, String status,
                               String customerWords) {

    public static RelatedComplaint of(Complaint c) {
        return new RelatedComplaint(c.getId(), c.getNumber(), c.getReceivedAt(), c.getCategory().getCode(), c.getProduct(),
                c.getStatus().name(), c.getCustomerWords());
    }
}
