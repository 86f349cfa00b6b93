package org.vocdesk.escalation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.web.Labels;

import java.util.Locale;

/**
 * The engine's short English note on a step ("deadline re-planned", "acknowledged by li") in the reader's
 * language: {@code #{stepNotes.text(s.note)}}. A note without a translation is shown as it is.
 */
@Named
@RequestScoped
public class StepNotes {

    private static final String ACKNOWLEDGED_BY = "acknowledged by ";

    @Inject
    Labels labels;

    public String text(String note) {
        if (note == null || note.isBlank()) {
            return "";
        }
        if (note.startsWith(ACKNOWLEDGED_BY)) {
            return labels.format("escalation.note.acknowledgedBy", note.substring(ACKNOWLEDGED_BY.length()));
        }
        String key = "escalation.note." + note.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        return Messages.has(key) ? labels.get(key) : note;
    }
}
