package dev.roster.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) on Roster's pages,
 * with a fresh profile each time, waits for PrimeFaces' Ajax, and screenshots under
 * {@code target/screenshots/}. Nothing is downloaded: the driver and browser are the system's.
 */
public final class Browser implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI root;
    private final Path profile;

    public Browser(URI root) {
        this.root = root;
        try {
            Path base = Path.of(System.getProperty("roster.browser.dir", "target/browser"));
            Files.createDirectories(base);
            this.profile = Files.createTempDirectory(base, "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        // Downloads land in the profile, where downloaded(...) finds them.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads").toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        // The console, to catch what the Content-Security-Policy blocked.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A wait that, when it runs out, says where the browser was and what it showed. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.withMessage(() -> "at " + driver.getCurrentUrl() + " showing: " + driver.findElement(By.tagName("body")).getText());
        return wait;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page by its path within Roster ({@code /login}) and waits until it has loaded. */
    public Browser open(String path) {
        driver.get(root.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        settle();
        return this;
    }

    /** The current page's path within Roster ({@code /login}), without the context root. */
    public String path() {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        String context = root.getPath().endsWith("/") ? root.getPath().substring(0, root.getPath().length() - 1) : root.getPath();
        return path.startsWith(context) ? path.substring(context.length()) : path;
    }

    public WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and waits until the page, or PrimeFaces' Ajax, has settled. */
    public Browser click(String css) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        settle();
        return this;
    }

    /**
     * Answers the confirmation that a disruptive action asks for: checks that it names what happens
     * ({@code words}) and presses its yes button, or Cancel.
     */
    public Browser confirm(String words, boolean yes) {
        waitForText(".confirm-dialog .ui-confirm-dialog-message", words);
        click(yes ? "#confirmForm\\:confirmYes" : "#confirmForm\\:confirmNo");
        return this;
    }

    /** Waits until the document is loaded and no Ajax request or animation is under way. */
    public void settle() {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || (jQuery.active === 0 && jQuery(':animated').length === 0))")));
    }

    /** Waits until the element's text contains {@code text}. */
    public void waitForText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits until a toast (the layout's short-lived success messages) says {@code text}. */
    public void waitForToast(String text) {
        waiting().withMessage(() -> "no toast said " + text).until(d -> d.findElements(By.cssSelector(".ui-growl-item"))
                .stream().anyMatch(toast -> toast.getText().contains(text)));
    }

    /** Waits until {@code condition} holds, saying {@code what} if it never does. */
    public void waitUntil(BooleanSupplier condition, String what) {
        waiting().withMessage(() -> what + ", at " + driver.getCurrentUrl()).until(d -> condition.getAsBoolean());
    }

    public void waitForPath(String path) {
        waiting().until(d -> path().equals(path));
        settle();
    }

    /** The content of the file {@code name} once the browser has finished downloading it. */
    public String downloaded(String name) {
        Path file = profile.resolve("downloads").resolve(name);
        waiting().withMessage(() -> name + " was not downloaded").until(d -> Files.isRegularFile(file));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills in and sends the login form (the caller is on {@code /login}). */
    public Browser logIn(String email, String password) {
        return type("#login\\:email", email).type("#login\\:password", password).click("#login\\:submit");
    }

    /** The table row (under {@code tableCss}) whose text contains {@code text}. */
    public WebElement row(String tableCss, String text) {
        return waiting().until(d -> d.findElements(By.cssSelector(tableCss + " tbody tr")).stream()
                .filter(tr -> tr.getText().contains(text)).findFirst().orElse(null));
    }

    /** Clicks {@code css} within {@code scope} and waits until the page has settled. */
    public Browser click(WebElement scope, String css) {
        scope.findElement(By.cssSelector(css)).click();
        settle();
        return this;
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    /** Presses a key where the focus is, as a person would (not typed into a field). */
    public Browser press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        settle();
        return this;
    }

    /** Gives the window this size in CSS pixels (it opens at 1400 × 1000), as a phone or a laptop would. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        waiting().until(d -> Long.valueOf(width).equals(((JavascriptExecutor) d).executeScript("return window.innerWidth")));
        settle();
        return this;
    }

    /** How many CSS pixels the page is wider than the window: 0 when nothing makes it scroll sideways. */
    public long overflowX() {
        return (Long) driver.executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
    }

    /** The visible element's box as [left, top, right, bottom] in CSS pixels of the window. */
    @SuppressWarnings("unchecked")
    public List<Number> box(String css) {
        return (List<Number>) driver.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]", find(css));
    }

    /**
     * axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A and AA and best
     * practice), one line per rule with the elements it found, or none.
     */
    public List<String> accessibilityProblems() {
        return new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    /**
     * The font lists of visible text that name no generic family (sans-serif, monospace, …): only
     * those could keep the browser from the system's fonts for a script. Icon fonts aside.
     */
    @SuppressWarnings("unchecked")
    public List<String> fontsWithoutFallback() {
        return (List<String>) driver.executeScript("""
                var generic = /(^|,)\\s*(sans-serif|serif|monospace|system-ui|ui-sans-serif|ui-monospace|cursive|fantasy|emoji)\\s*(,|$)/;
                var found = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    if (e.closest('.pi, .ui-icon') || !e.offsetParent) { return; }
                    var text = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
                    var font = getComputedStyle(e).fontFamily;
                    var where = font + ' (' + e.tagName.toLowerCase() + (e.className ? ' ' + e.className : '') + ')';
                    if (text && !generic.test(font) && found.indexOf(where) < 0) { found.push(where); }
                });
                return found;""");
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                + rule.getNodes().stream().map(node -> node.getHtml() + " " + node.getFailureSummary()).toList();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("roster.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the browser refused under the pages' Content-Security-Policy since the last call:
     * a script, style, handler or frame that the policy blocked shows up in the console.
     */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
