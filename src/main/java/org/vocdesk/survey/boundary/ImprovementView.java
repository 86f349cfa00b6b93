package org.vocdesk.survey.boundary;

import org.vocdesk.survey.entity.ImprovementAction;

import java.time.Instant;

/** An improvement action with its two deadlines and whether each is done. */
public record ImprovementView(long id, long invitationId, long campaignId, long customerId, String customerName, Long departmentId,
                              String departmentName, Long ownerId, String ownerName, String reason, Instant actionDue,
                              Instant actionDoneAt, Instant replyDue, Instant repliedAt, boolean done, String campaignName,
                              String actionNote, String replyNote) {

    static ImprovementView of(ImprovementAction a) {
        var d = a.getDepartment();
        var o = a.getOwner();
        return new ImprovementView(a.getId(), a.getInvitation().getId(), a.getCampaignId(), a.getCustomerId(),
                a.getInvitation().getCustomer().getName(), d == null ? null : d.getId(), d == null ? null : d.getName(),
                o == null ? null : o.getId(), o == null ? null : o.getDisplayName(), a.getReason(), a.getActionDue(), a.getActionDoneAt(),
                a.getReplyDue(), a.getRepliedAt(), a.isDone(), a.getInvitation().getCampaign().getName(), a.getActionNote(),
                a.getReplyNote());
    }
}
