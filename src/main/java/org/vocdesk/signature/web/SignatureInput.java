package org.vocdesk.signature.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.vocdesk.platform.web.FacesMessages;

/**
 * What the sign dialog collects: the password (kept for this request only, never in the view state) and the
 * reason of a rejection. The page's action reads it, signs, and calls {@link #signed()}.
 */
@Named
@RequestScoped
public class SignatureInput {

    private String password;
    private String reason;

    /** Closes the dialog and tells the user. */
    public void signed() {
        FacesMessages.info("signature.dialog.signed");
        PrimeFaces.current().ajax().addCallbackParam("signed", true);
    }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }
}
