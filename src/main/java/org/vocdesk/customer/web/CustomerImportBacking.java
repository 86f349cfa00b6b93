package org.vocdesk.customer.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.vocdesk.customer.boundary.Customers;
import org.vocdesk.customer.control.CustomerCsv;
import org.vocdesk.customer.control.ImportReport;
import org.vocdesk.platform.web.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** Uploads a customer CSV and shows the import report (all-or-nothing, every bad row listed). */
@Named
@ViewScoped
public class CustomerImportBacking implements Serializable {

    @Inject
    Customers customers;

    private transient UploadedFile file;
    private ImportReport report;

    public void upload() throws IOException {
        report = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("customer.import.noFile");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            // one byte more than allowed is enough for CustomerCsv to refuse the file as too large
            content = in.readNBytes(CustomerCsv.MAX_BYTES + 1);
        }
        report = customers.importCsv(content, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        if (report.stored()) {
            FacesMessages.info("customer.import.done", report.created() + report.updated(), report.created(), report.updated());
        }
    }

    public UploadedFile getFile() { return file; }

    public void setFile(UploadedFile file) { this.file = file; }

    public ImportReport getReport() { return report; }
}
