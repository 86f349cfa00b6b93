package org.vocdesk.survey.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.vocdesk.platform.entity.BusinessException;
import org.vocdesk.platform.web.FacesMessages;
import org.vocdesk.survey.boundary.CustomerTransactions;
import org.vocdesk.survey.boundary.TransactionView;
import org.vocdesk.survey.control.TransactionCsv;
import org.vocdesk.survey.entity.TransactionLine;
import org.vocdesk.survey.entity.TransactionSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Customers' orders, the basis of campaign eligibility: an ERP export uploaded, or one order typed in. */
@Named
@ViewScoped
public class SurveyTransactionsBacking implements Serializable {

    @Inject
    CustomerTransactions transactions;

    private transient UploadedFile file;
    private String customerCode;
    private String reference;
    private LocalDate date;
    private BigDecimal quantity;
    private List<TransactionView> recent;

    public List<TransactionView> getRecent() {
        if (recent == null) {
            recent = transactions.recent(100);
        }
        return recent;
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("survey.transaction.fileEmpty");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(TransactionCsv.MAX_BYTES + 1); // one byte more: refused as too large
        }
        act(() -> transactions.importCsv(content));
    }

    public void add() {
        act(() -> transactions.record(List.of(new TransactionLine(customerCode, reference, date, quantity)), TransactionSource.MANUAL));
        if (recent == null) {
            reference = null;
            quantity = null;
        }
    }

    public void remove(long id) {
        try {
            transactions.remove(id);
            recent = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    private void act(java.util.function.Supplier<CustomerTransactions.ImportResult> action) {
        try {
            CustomerTransactions.ImportResult r = action.get();
            FacesMessages.info("survey.transaction.recorded", r.created(), r.updated(), r.customers());
            recent = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public UploadedFile getFile() { return file; }

    public void setFile(UploadedFile file) { this.file = file; }

    public String getCustomerCode() { return customerCode; }

    public void setCustomerCode(String customerCode) { this.customerCode = customerCode; }

    public String getReference() { return reference; }

    public void setReference(String reference) { this.reference = reference; }

    public LocalDate getDate() { return date; }

    public void setDate(LocalDate date) { this.date = date; }

    public BigDecimal getQuantity() { return quantity; }

    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
}
