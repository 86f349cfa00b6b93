package org.vocdesk.survey.boundary;

import org.vocdesk.platform.entity.Text;

/** What was done (improvement action) or told to the customer (reply). */
public record NoteInput(@Text(max = 2000, required = true) String note) {
}
