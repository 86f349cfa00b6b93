package org.vocdesk.customer.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestUsers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer CSV import page: a good file is stored, a bad one shows its lines and stores nothing. */
class CustomerImportUiIT {

    private static final String HEADER = "code,name,address,phone,contact,email,transactions,notes\n";

    @RegisterExtension
    final Browser browser = new Browser("en");

    @Test
    void aClerkImportsAFileAndABadFileShowsItsLinesAndStoresNothing() throws IOException {
        var clerk = TestUsers.user("CLERK");
        String code = TestUsers.unique("IMP").toUpperCase();
        browser.login(clerk.username(), clerk.password()).open("/app/customers/import.xhtml");

        upload(csv(HEADER + code + ",导入客户 Import Ltd,,,,,4,\n"));
        browser.waitForText("1 customer(s) imported: 1 new, 0 updated.");
        assertThat(clerk.api().get("/api/customers?q=" + code).body()).contains("导入客户 Import Ltd");

        String refused = code + "-BAD";
        upload(csv(HEADER + refused + ",Half Good Ltd,,,,,3,\n,No Code Ltd,,,,,-1,\n"));
        assertThat(browser.text(By.id("import-form:errors"))).contains("3");
        assertThat(clerk.api().get("/api/customers?q=" + refused).body()).doesNotContain("Half Good Ltd");
    }

    private void upload(Path file) {
        browser.driver().findElement(By.id("import-form:file_input")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.id("import-form:upload"));
    }

    private static Path csv(String content) throws IOException {
        Path file = Files.createTempFile("customers-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
