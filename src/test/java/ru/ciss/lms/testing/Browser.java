package ru.ciss.lms.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, given explicitly so Selenium Manager downloads
 * nothing, plus the checks every browser test shares: sign-in and axe-core accessibility.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    public Browser(URL deployment) {
        this(deployment, new String[0]);
    }

    /** With more Chromium switches, e.g. {@code --disable-back-forward-cache} for the back button's other way. */
    public Browser(URL deployment, String... switches) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("lms.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=ru-RU", "--window-size=1280,900");
        options.addArguments(switches);
        // Russian first, as the school's trainees' browsers ask; headless Chromium otherwise asks for English.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ru-RU,ru"));
        // The console, so that a test can see what the content security policy refused (issue #21).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("lms.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // 127.0.0.1, not localhost: the server listens on IPv4, and ::1 may be tried first.
        base = Deployments.awaitListening(deployment);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * What the content security policy refused since the last call (read from the console, which this call empties):
     * an inline style or script the page relies on that the strict policy blocks, or a forbidden source.
     */
    public List<String> policyViolations() {
        return driver.manage().logs().get("browser").getAll().stream().map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    public void open(String path) {
        driver.get(base + path);
        awaitLoaded();
    }

    public String path() {
        return URI(driver.getCurrentUrl());
    }

    private String URI(String url) {
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String id) {
        return retrying(() -> driver.findElement(By.id(id)));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public void type(String id, String text) {
        awaitLoaded();
        WebElement field = find(id);
        field.clear();
        if (text.length() > 500) {
            // sendKeys of a very long text takes minutes; set it the way a paste would.
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, text);
        } else {
            field.sendKeys(text);
        }
    }

    /** Clicks and waits for the next page to replace this one (full-page form posts), redirects included. */
    public void clickAndWait(String id) {
        WebElement html = retrying(() -> driver.findElement(By.tagName("html")));
        retrying(() -> {
            find(id).click();
            return null;
        });
        awaitGone(html);
        awaitLoaded();
    }

    /**
     * Waits until the element's document has been replaced. Chromium reports a replaced document either as a stale
     * element or as a node that "does not belong to the document"; both mean gone.
     */
    private void awaitGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Runs a driver call again if Chromium reports the element detached: right after a navigation or an axe-core
     * run, chromedriver sometimes resolves an element against a stale document ("does not belong to the document").
     */
    private <T> T retrying(java.util.function.Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (org.openqa.selenium.WebDriverException e) {
                boolean detached = e instanceof org.openqa.selenium.StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document");
                if (attempt == 3 || !detached) {
                    throw e;
                }
                awaitLoaded();
            }
        }
    }

    /**
     * Clicks a button that asks for confirmation first, checks that its dialog opened, confirms, and waits for the
     * next page (see confirm-dialog.xhtml and page.js).
     */
    public void confirmAndWait(String buttonId, String dialogId) {
        WebElement html = retrying(() -> driver.findElement(By.tagName("html")));
        find(buttonId).click();
        waitFor(By.id(dialogId));
        find(dialogId + "-confirm").click();
        awaitGone(html);
        awaitLoaded();
    }

    /** Clicks an ajax button and waits until the element it re-renders has been replaced. */
    public void clickAndWaitForUpdate(String id, String updatedId) {
        WebElement old = find(updatedId);
        find(id).click();
        awaitGone(old);
        waitFor(By.id(updatedId));
    }

    private void awaitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void signIn(String email, String password) {
        open("/login.xhtml");
        type("signin:email", email);
        type("signin:password", password);
        clickAndWait("signin:submit");
    }

    public void signOut() {
        openMenu();
        clickAndWait("signout:submit");
    }

    /** On a narrow window the header's links and buttons are behind the menu button: opens it when it is there. */
    public void openMenu() {
        List<WebElement> button = driver.findElements(By.id("menu-button"));
        if (!button.isEmpty() && button.get(0).isDisplayed() && "false".equals(button.get(0).getAttribute("aria-expanded"))) {
            button.get(0).click();
        }
    }

    /** Empties the browser's cache, as for a trainee's first visit. */
    public void clearCache() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
    }

    /** Bytes that crossed the network for the page now shown: the page itself and every resource it loaded. */
    public long transferredBytes() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "var total = performance.getEntriesByType('navigation')[0].transferSize;"
                + "performance.getEntriesByType('resource').forEach(function (r) { total += r.transferSize; });"
                + "return total;");
    }

    /** Fails on any serious or critical axe-core violation of the page as it is now. */
    public void assertAccessible() {
        // Colours are judged on the page at rest: no ajax request pending (a button is dimmed while its request runs)
        // and no CSS transition half-way (a focus or hover colour fading in; endless spinners do not count).
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!document.getAnimations || document.getAnimations().every(a => !a.effect"
                        + " || a.effect.getTiming().iterations === Infinity || a.playState !== 'running'));")));
        Results results = axe().analyze(driver);
        // A run that failed (a script error, a timeout) has no violations: without this it would pass silently.
        assertTrue(!results.isErrored(), () -> "axe-core did not run on " + path() + ": " + results.getErrorMessage());
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(bad.isEmpty(), () -> "axe-core on " + path() + ": " + bad.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    /**
     * axe-core's own rules, run in the page in one go. The library's default sends its 550-KB script into the page,
     * then opens a blank tab and sends it there once more to merge the results of frames (the school's pages have
     * none), and returns every passing element too. Same rules, same verdict, with the script sent once into a page
     * and only violations coming back: PhoneLayoutBrowserIT (99 checks) took 141 s in a CI run on two slow cores and
     * 72 s in the next CI run on the same machine; a check now takes about 0.4 s there.
     */
    private static AxeBuilder axe() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeBuilder builder = new AxeBuilder().withOptions(options).setLegacyMode(true).disableIframeTesting();
        // The library asks for the script twice per check in this mode; a page that has it keeps it.
        builder.setInjectAxe(d -> {
            if (!Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!window.axe;"))) {
                ((JavascriptExecutor) d).executeScript(AXE_SCRIPT); // as the library does; no eval, which the CSP forbids
            }
        }, false);
        return builder;
    }

    private static final String AXE_SCRIPT = axeScript();

    private static String axeScript() {
        try (java.io.InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(java.util.Objects.requireNonNull(in, "axe.min.js in the axe-core jar").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** On a phone-sized window, the page must not need sideways scrolling. */
    public void assertFitsWidth(int width) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, 800));
        try {
            Long scrollWidth = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            Long clientWidth = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.clientWidth;");
            String culprits = scrollWidth <= clientWidth + 1 ? "" : (String) ((JavascriptExecutor) driver).executeScript(
                    "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.right > w + 1 && out.length < 5) out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right));"
                    + "}); return out.join('; ');");
            assertTrue(scrollWidth <= clientWidth + 1,
                    () -> path() + " is " + scrollWidth + " px wide in a " + clientWidth + " px window: " + culprits);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
