package org.vocdesk.complaint.control;

import org.vocdesk.platform.control.Messages;

import java.util.Locale;
import java.util.Objects;

/** Why a complaint cannot close yet: a message key of the contributing feature's bundle and its arguments. */
public record ClosureBlocker(String messageKey, Object... arguments) {

    public ClosureBlocker {
        Objects.requireNonNull(messageKey);
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String text(Locale locale) {
        return Messages.get(locale, messageKey, arguments);
    }
}
