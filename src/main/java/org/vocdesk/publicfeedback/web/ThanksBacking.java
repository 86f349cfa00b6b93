package org.vocdesk.publicfeedback.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vocdesk.platform.web.Formats;
import org.vocdesk.publicfeedback.boundary.Receipt;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The acknowledgement after sending feedback (/public/thanks.xhtml?n=number). The deadline is shown only
 * for receipts of this session; for any other number the page shows the number as given and generic text.
 */
@Named
@ViewScoped
public class ThanksBacking implements Serializable {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,30}");

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    Formats formats;

    private String number;

    /** The number from the URL, if it looks like one (anything else is not echoed). */
    public String getNumber() {
        return number != null && NUMBER.matcher(number).matches() ? number : null;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Optional<Receipt> receipt() {
        return acknowledgements.find(getNumber());
    }

    public boolean isKnown() {
        return receipt().isPresent();
    }

    /** The first-reply deadline as a long date in the language of the page ("2025年11月24日星期一"). */
    public String getFirstReplyDate() {
        return receipt().map(r -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(r.firstReplyDue().atZone(formats.zone()))).orElse("");
    }
}
