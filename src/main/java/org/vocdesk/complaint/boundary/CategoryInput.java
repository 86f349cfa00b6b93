package org.vocdesk.complaint.boundary;

import org.vocdesk.platform.entity.Text;

/**
 * A category as the administrator edits it; deadlines are working-time durations such as 2d, 4h, 30m.
 * The code is used only when the category is created (it never changes afterwards). requires8d left out keeps
 * the category's flag (a new category does not require an 8D).
 */
public record CategoryInput(@Text(max = 30) String code,
                            @Text(max = 100, required = true) String nameEn,
                            @Text(max = 100, required = true) String nameZh,
                            @Text(max = 20, required = true) String firstReplyWithin,
                            @Text(max = 20, required = true) String responseHighWithin,
                            @Text(max = 20, required = true) String responseMediumWithin,
                            @Text(max = 20, required = true) String responseLowWithin,
                            boolean active,
                            Boolean requires8d) {
}
