package org.vocdesk.complaint.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.vocdesk.complaint.boundary.Complaints;
import org.vocdesk.complaint.entity.Category;
import org.vocdesk.complaint.entity.Channel;
import org.vocdesk.complaint.entity.Complaint;
import org.vocdesk.complaint.entity.FeedbackType;
import org.vocdesk.complaint.entity.IntakeDetails;
import org.vocdesk.complaint.entity.MajorReason;
import org.vocdesk.complaint.entity.NewAttachment;
import org.vocdesk.complaint.entity.Urgency;
import org.vocdesk.customer.boundary.Customers;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.platform.web.Formats;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The staff intake form: every field of domain.md section 1, attachments included. */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    @Inject
    Complaints complaints;

    @Inject
    Customers customers;

    @Inject
    Formats formats;

    private List<Category> categories;
    private Channel channel = Channel.PHONE;
    private FeedbackType type = FeedbackType.COMPLAINT;
    private Long categoryId;
    private Customer customer;
    private boolean anonymous;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String product;
    private String orderNo;
    private String batchNo;
    private Integer quantityAffected;
    private String customerWords;
    private String keyDetails;
    private Urgency urgency = Urgency.MEDIUM;
    private LocalDateTime receivedAt;
    private MajorReason[] majorReasons = new MajorReason[0];
    private transient UploadedFiles files;

    @PostConstruct
    void init() {
        categories = complaints.categories(true);
        receivedAt = formats.local(java.time.Instant.now()).truncatedTo(ChronoUnit.MINUTES);
    }

    public List<Customer> completeCustomer(String query) {
        return customers.search(query, Boolean.TRUE, 0, 15, "name");
    }

    public void record() throws IOException {
        List<NewAttachment> attachments = new ArrayList<>();
        if (files != null) {
            for (UploadedFile file : files.getFiles()) {
                attachments.add(new NewAttachment(file.getFileName(), file.getContent()));
            }
        }
        Complaint complaint = complaints.record(new IntakeDetails(channel, type, categoryId,
                customer == null ? null : customer.getId(), anonymous, contactName, contactPhone, contactEmail, product,
                orderNo, batchNo, quantityAffected, customerWords, keyDetails, urgency, formats.instant(receivedAt),
                Set.of(majorReasons)), attachments);
        FacesMessages.info("complaint.intake.recorded", complaint.getNumber());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/complaints/view.xhtml?id=" + complaint.getId());
    }

    public Channel[] getChannels() { return Channel.values(); }

    public FeedbackType[] getTypes() { return FeedbackType.values(); }

    public Urgency[] getUrgencies() { return Urgency.values(); }

    public MajorReason[] getAllMajorReasons() { return MajorReason.values(); }

    public List<Category> getCategories() { return categories; }

    public Channel getChannel() { return channel; }

    public void setChannel(Channel channel) { this.channel = channel; }

    public FeedbackType getType() { return type; }

    public void setType(FeedbackType type) { this.type = type; }

    public Long getCategoryId() { return categoryId; }

    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }

    public Customer getCustomer() { return customer; }

    public void setCustomer(Customer customer) { this.customer = customer; }

    public boolean isAnonymous() { return anonymous; }

    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }

    public String getContactName() { return contactName; }

    public void setContactName(String contactName) { this.contactName = contactName; }

    public String getContactPhone() { return contactPhone; }

    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }

    public String getContactEmail() { return contactEmail; }

    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }

    public String getProduct() { return product; }

    public void setProduct(String product) { this.product = product; }

    public String getOrderNo() { return orderNo; }

    public void setOrderNo(String orderNo) { this.orderNo = orderNo; }

    public String getBatchNo() { return batchNo; }

    public void setBatchNo(String batchNo) { this.batchNo = batchNo; }

    public Integer getQuantityAffected() { return quantityAffected; }

    public void setQuantityAffected(Integer quantityAffected) { this.quantityAffected = quantityAffected; }

    public String getCustomerWords() { return customerWords; }

    public void setCustomerWords(String customerWords) { this.customerWords = customerWords; }

    public String getKeyDetails() { return keyDetails; }

    public void setKeyDetails(String keyDetails) { this.keyDetails = keyDetails; }

    public Urgency getUrgency() { return urgency; }

    public void setUrgency(Urgency urgency) { this.urgency = urgency; }

    public LocalDateTime getReceivedAt() { return receivedAt; }

    public void setReceivedAt(LocalDateTime receivedAt) { this.receivedAt = receivedAt; }

    public MajorReason[] getMajorReasons() { return majorReasons; }

    public void setMajorReasons(MajorReason[] majorReasons) { this.majorReasons = majorReasons == null ? new MajorReason[0] : majorReasons; }

    public UploadedFiles getFiles() { return files; }

    public void setFiles(UploadedFiles files) { this.files = files; }
}
