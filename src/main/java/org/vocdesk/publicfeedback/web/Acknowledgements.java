package org.vocdesk.publicfeedback.web;

import jakarta.enterprise.context.SessionScoped;
import org.vocdesk.publicfeedback.boundary.Receipt;
import org.vocdesk.publicfeedback.entity.FeedbackForm;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The receipts of the feedback sent from this browser session. The thanks page shows a receipt's details
 * only when it is in here, so guessing numbers in its URL reveals nothing about other people's feedback,
 * while a refresh or a language switch still shows the customer their own. It also remembers what was
 * sent: the same form sent again from this session (back button, a browser restoring the fields) leads
 * to the first receipt instead of a second record.
 */
@SessionScoped
public class Acknowledgements implements Serializable {

    private static final int KEEP = 20;

    private final Map<String, Receipt> receipts = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Receipt> eldest) {
            return size() > KEEP;
        }
    };

    private final Map<FeedbackForm, String> sent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FeedbackForm, String> eldest) {
            return size() > KEEP;
        }
    };

    public synchronized void remember(FeedbackForm form, Receipt receipt) {
        receipts.put(receipt.number(), receipt);
        sent.put(form, receipt.number());
    }

    /** The number under which exactly this form was already sent from this session. */
    public synchronized Optional<String> alreadySent(FeedbackForm form) {
        return Optional.ofNullable(sent.get(form));
    }

    public synchronized Optional<Receipt> find(String number) {
        return Optional.ofNullable(number == null ? null : receipts.get(number));
    }
}
