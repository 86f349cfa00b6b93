package org.vocdesk.publicfeedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.platform.control.Messages;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.publicfeedback.boundary.CategoryOption;
import org.vocdesk.publicfeedback.boundary.PublicFeedback;
import org.vocdesk.publicfeedback.boundary.Receipt;
import org.vocdesk.publicfeedback.boundary.TooManySubmissions;
import org.vocdesk.publicfeedback.control.ClientAddress;
import org.vocdesk.publicfeedback.entity.FeedbackForm;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public feedback form (/public/feedback.xhtml). The moment the form was rendered stays here, on the
 * server, for the minimum-fill-time rule. The form is checked with the same Bean Validation rules as the
 * REST input, so both say the same in both languages. Sending the same view twice (double click, back
 * button and send again) leads to the first receipt instead of a second record.
 */
@Named
@ViewScoped
public class PublicFeedbackBacking implements Serializable {

    static final String FORM = "feedback";

    @Inject
    PublicFeedback feedback;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    private List<CategoryOption> categories;
    private Instant renderedAt;
    private String sentAs;

    private FeedbackType type = FeedbackType.COMPLAINT;
    private Long categoryId;
    private String name;
    private String company;
    private String phone;
    private String email;
    private boolean anonymous;
    private String product;
    private String orderNo;
    private String batchNo;
    private String description;
    private Urgency urgency = Urgency.MEDIUM;
    private String website;

    @PostConstruct
    void init() {
        categories = feedback.categories();
        renderedAt = clock.instant();
    }

    public synchronized void send() throws IOException {
        if (sentAs != null) {
            showReceipt(sentAs);
            return;
        }
        FeedbackForm form = new FeedbackForm(type, categoryId, name, company, phone, email, anonymous, product, orderNo,
                batchNo, description, urgency, website);
        if (!valid(form)) {
            return;
        }
        var earlier = acknowledgements.alreadySent(form);
        if (earlier.isPresent()) {
            showReceipt(earlier.get());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Receipt receipt;
        try {
            receipt = feedback.submit(form, clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()), renderedAt);
        } catch (TooManySubmissions e) {
            FacesMessages.error("public.error.rateLimited", e.retryAfterMinutes());
            return;
        }
        acknowledgements.remember(form, receipt);
        sentAs = receipt.number();
        showReceipt(sentAs);
    }

    /** One message per broken rule, next to its field (the ids of the inputs are the form's property names). */
    private boolean valid(FeedbackForm form) {
        Set<ConstraintViolation<FeedbackForm>> violations = validator.validate(form);
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            String template = v.getMessageTemplate();
            String text = template.startsWith("{") ? Messages.get(locale, template.substring(1, template.length() - 1)) : v.getMessage();
            String field = v.getPropertyPath().toString();
            faces.addMessage(FORM + ":" + (field.isEmpty() ? "description" : field), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        });
        if (!violations.isEmpty()) {
            faces.validationFailed();
        }
        return violations.isEmpty();
    }

    /** Post-Redirect-Get: a refresh of the thanks page sends nothing again. */
    private static void showReceipt(String number) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/public/thanks.xhtml?n=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }

    public String categoryName(CategoryOption category) {
        return category.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<CategoryOption> getCategories() { return categories; }

    public FeedbackType[] getTypes() { return FeedbackType.values(); }

    public Urgency[] getUrgencies() { return Urgency.values(); }

    public FeedbackType getType() { return type; }

    public void setType(FeedbackType type) { this.type = type; }

    public Long getCategoryId() { return categoryId; }

    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getCompany() { return company; }

    public void setCompany(String company) { this.company = company; }

    public String getPhone() { return phone; }

    public void setPhone(String phone) { this.phone = phone; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public boolean isAnonymous() { return anonymous; }

    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }

    public String getProduct() { return product; }

    public void setProduct(String product) { this.product = product; }

    public String getOrderNo() { return orderNo; }

    public void setOrderNo(String orderNo) { this.orderNo = orderNo; }

    public String getBatchNo() { return batchNo; }

    public void setBatchNo(String batchNo) { this.batchNo = batchNo; }

    public String getDescription() { return description; }

    public void setDescription(String description) { this.description = description; }

    public Urgency getUrgency() { return urgency; }

    public void setUrgency(Urgency urgency) { this.urgency = urgency; }

    public String getWebsite() { return website; }

    public void setWebsite(String website) { this.website = website; }
}
