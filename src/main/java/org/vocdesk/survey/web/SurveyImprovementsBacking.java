package org.vocdesk.survey.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.identity.control.Organisation;
import org.vocdesk.identity.entity.AppUser;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.survey.boundary.ImprovementView;
import org.vocdesk.survey.boundary.NoteInput;
import org.vocdesk.survey.boundary.Surveys;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The improvement actions opened by low scores, with owner and due date: the owner closes the action with its
 * result, the customer's reply is recorded, the quality manager hands an action over or moves its due date.
 */
@Named
@ViewScoped
public class SurveyImprovementsBacking implements Serializable {

    @Inject
    Surveys surveys;

    @Inject
    Organisation organisation;

    private boolean openOnly = true;
    private List<ImprovementView> actions;
    private final Map<Long, String> results = new HashMap<>();
    private final Map<Long, String> replies = new HashMap<>();
    private final Map<Long, Long> owners = new HashMap<>();
    private final Map<Long, LocalDate> dueDates = new HashMap<>();

    public List<ImprovementView> getActions() {
        if (actions == null) {
            actions = surveys.allImprovements(openOnly);
        }
        return actions;
    }

    public void close(long id) {
        act(() -> surveys.completeAction(id, new NoteInput(results.get(id))), "survey.improvement.closed");
    }

    public void reply(long id) {
        act(() -> surveys.replied(id, new NoteInput(replies.get(id))), "survey.improvement.replyRecorded");
    }

    public void reassign(long id) {
        act(() -> surveys.reassign(id, owners.get(id), dueDates.get(id)), "survey.improvement.reassigned");
    }

    public void filter() {
        actions = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            actions = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public List<AppUser> getUsers() {
        return organisation.activeUsers();
    }

    public boolean isOpenOnly() { return openOnly; }

    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }

    public Map<Long, String> getResults() { return results; }

    public Map<Long, String> getReplies() { return replies; }

    public Map<Long, Long> getOwners() { return owners; }

    public Map<Long, LocalDate> getDueDates() { return dueDates; }
}
