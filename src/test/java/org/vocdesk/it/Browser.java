package org.vocdesk.it;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A headless Debian chromium for one test, as a JUnit extension:
 * {@code @RegisterExtension final Browser browser = new Browser();}. Each test starts with no cookies, no stored
 * data and one window; the page's language is Chinese unless {@link #Browser(String)} says otherwise. A failed test
 * leaves a screenshot and the page source in target/failsafe-reports. Starting chromium costs about as much as a
 * short test, so a browser that passed its test is cleaned and kept for the next test in the same language; one
 * that failed, or that cannot be cleaned, quits.
 */
public class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Clean browsers by language, with the profile directory each one uses; tests run one after another. */
    private static final Map<String, Deque<Started>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(Started::quit)), "chromium-quit"));
    }

    private final String acceptLanguage;
    private Started started;
    private WebDriver driver;

    public Browser() {
        this("zh-CN,zh");
    }

    public Browser(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        TestServer.baseUrl(); // the server first: its start-up failure is the more useful message
        Started idle;
        synchronized (IDLE) {
            idle = IDLE.computeIfAbsent(acceptLanguage, language -> new ArrayDeque<>()).poll();
        }
        started = idle != null ? idle : start(acceptLanguage);
        driver = started.driver();
        driver.manage().logs().get(LogType.BROWSER); // consoleMessages() starts with this test
    }

    private static Started start(String acceptLanguage) throws IOException {
        // both set, so selenium-manager has nothing to download
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = Files.createTempDirectory("vocdesk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=1400,1000",
                "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // for consoleMessages()
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1400, 1000));
        return new Started(driver, driver.getWindowHandle(), profile);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            saveEvidence(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (started == null) {
            return;
        }
        Started used = started;
        started = null;
        driver = null;
        if (context.getExecutionException().isPresent() || !used.clean()) {
            used.quit();
            return;
        }
        synchronized (IDLE) {
            IDLE.get(acceptLanguage).push(used);
        }
    }

    /** A running chromium, its first window and its profile directory. */
    private record Started(ChromeDriver driver, String window, Path profile) {

        /** What a test may have left: cookies, stored data, other windows, the window's size. False if that failed. */
        boolean clean() {
            try {
                for (String other : driver.getWindowHandles()) {
                    if (!other.equals(window)) {
                        driver.switchTo().window(other).close();
                    }
                }
                driver.switchTo().window(window);
                driver.get("about:blank");
                driver.executeCdpCommand("Network.clearBrowserCookies", Map.<String, Object>of());
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.<String, Object>of("origin", TestServer.baseUrl(), "storageTypes", "all"));
                driver.manage().window().setSize(new Dimension(1400, 1000));
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException alreadyGone) {
                // the profile goes all the same
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a temporary directory: the system cleans it up
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application ("/app/account.xhtml"). */
    public Browser open(String path) {
        driver.get(TestServer.baseUrl() + path);
        return this;
    }

    /** Logs in through the login page and waits until it has been left. */
    public Browser login(String username, String password) {
        open("/login.xhtml");
        submitLogin(username, password);
        waitUntil(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        return this;
    }

    /** Fills and submits the login form on the current page, without waiting for success. */
    public void submitLogin(String username, String password) {
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
    }

    public WebElement find(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks once the element is clickable; an element replaced by an AJAX update meanwhile is looked up again. */
    public void click(By by) {
        waiting().until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Picks an item of a PrimeFaces select menu; a click landing while the panel still slides open is repeated. */
    public void choose(String menuId, String label) {
        waitUntil(d -> {
            if (!d.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
            }
            click(By.xpath("//*[@id='" + menuId + "_items']//li[@data-label='" + label + "']"));
            return label.equals(d.findElement(By.id(menuId + "_label")).getText());
        });
    }

    public String text(By by) {
        return waiting().until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            return element == null ? null : element.getText();
        });
    }

    /** Waits until the page's visible text contains this. */
    public void waitForText(String text) {
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waiting().until(condition::apply);
    }

    /** AJAX updates replace elements under our feet: a stale element just means "look again". */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The browser console's messages since the last call (CSP violations appear here as errors). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private void saveEvidence(String name) {
        try {
            Path dir = Path.of(System.getProperty("vocdesk.test.reportsDir", "target/failsafe-reports"));
            Files.createDirectories(dir);
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            System.out.println("[Browser] screenshot of the failure: " + dir.resolve(name + ".png").toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.out.println("[Browser] could not save a screenshot: " + e);
        }
    }
}
