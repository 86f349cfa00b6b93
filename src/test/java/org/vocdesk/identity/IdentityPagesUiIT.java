package org.vocdesk.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.vocdesk.it.Api;
import org.vocdesk.it.Browser;
import org.vocdesk.it.TestServer;
import org.vocdesk.it.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The users page (administrator edits, auditor only reads) and the account page's API tokens. */
class IdentityPagesUiIT {

    @RegisterExtension
    final Browser browser = new Browser("en");

    @Test
    void administratorCreatesAUserInTheDialog() {
        String username = TestUsers.unique("page");
        browser.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD).open("/admin/users.xhtml");
        browser.click(By.id("usersForm:newUser"));
        browser.type(By.id("userDialogForm:username"), username);
        browser.type(By.id("userDialogForm:displayName"), "Page User");
        browser.click(By.cssSelector("[id='userDialogForm:roles'] .ui-chkbox-box"));
        browser.type(By.id("userDialogForm:password"), "Page-user-12345");
        browser.click(By.id("userDialogForm:saveUser"));
        browser.waitUntil(d -> d.findElement(By.id("usersForm:users")).getText().contains(username));
        assertThat(Api.token(username, "Page-user-12345")).isNotBlank();
    }

    @Test
    void auditorSeesUsersWithoutButtons() {
        var auditor = TestUsers.user("AUDITOR");
        browser.login(auditor.username(), auditor.password()).open("/admin/users.xhtml");
        assertThat(browser.text(By.id("usersForm:users"))).contains(TestServer.ADMIN);
        assertThat(browser.driver().findElements(By.id("usersForm:newUser"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':editUser']"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("usersForm:newDepartment"))).isEmpty();
    }

    @Test
    void clerkCannotOpenTheUsersPage() {
        var clerk = TestUsers.user("CLERK");
        browser.login(clerk.username(), clerk.password()).open("/admin/users.xhtml");
        assertThat(browser.driver().findElements(By.id("usersForm:users"))).isEmpty();
    }

    @Test
    void accountPageShowsANewTokenOnceAndRevokesIt() {
        var user = TestUsers.user("HANDLER");
        browser.login(user.username(), user.password()).open("/app/account.xhtml");
        browser.type(By.id("tokensForm:tokenName"), "my script");
        browser.click(By.id("tokensForm:issueToken"));
        String token = browser.text(By.id("issuedToken"));
        assertThat(Api.as(token).get("/api/me").json().getString("username")).isEqualTo(user.username());

        browser.click(By.cssSelector("[id$=':revoke']"));
        browser.click(By.id("tokensForm:confirmYes"));
        browser.waitForText("The token has been revoked");
        assertThat(Api.as(token).get("/api/me").status()).isEqualTo(401);
        browser.open("/app/account.xhtml");
        assertThat(browser.driver().findElements(By.id("issuedToken"))).isEmpty();
    }
}
