package dk.nextwork.hub.web;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.nextwork.hub.realm.RealmFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, driven by Selenium with the system's chromedriver (so nothing is downloaded), with its
 * own profile and no access to anything but loopback.
 *
 * <p>A closed browser is kept for the next test instead of quit, with its cookies, windows and screen size put back
 * as a new one has them: starting Chromium and its driver takes one to two seconds of this machine's two cores, and the
 * suite opens a browser about a hundred times. What a test sees is the same as with a new browser — no session, no
 * language chosen, the desktop size, a blank page — except what the browser cached, which no test relies on.
 */
final class Browser implements AutoCloseable {

    /** At most this many idle browsers are kept (a test rarely has more than two open at once). */
    private static final int KEPT = 2;

    private static final Deque<Browser> IDLE = new ArrayDeque<>();

    private static final Duration LOOK_AGAIN = Duration.ofMillis(50);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(Browser::quit);
                IDLE.clear();
            }
        }));
    }

    /** axe-core's script, as the axe-core Selenium package carries it; read once. */
    private static volatile String axeSource;

    private final WebDriver driver;
    private final Path profile;
    /** Whether it accepts a self-signed certificate (then it is not kept for other tests). */
    private final boolean anyCertificate;
    /** Chromium's handle for axe-core, evaluated in every document from the first check on; null before. */
    private String axeOnEveryPage;

    /** A browser with no session: one kept from an earlier test, or a new one. */
    static Browser open() {
        synchronized (IDLE) {
            Browser kept = IDLE.poll();
            if (kept != null) {
                return kept;
            }
        }
        return new Browser(false);
    }

    /**
     * A new browser that also accepts a self-signed certificate, such as the development proxy's on its TLS port; not
     * kept for other tests.
     */
    static Browser acceptingDevelopmentCertificates() {
        return new Browser(true);
    }

    private Browser(boolean anyCertificate) {
        this.anyCertificate = anyCertificate;
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        try {
            profile = Files.createTempDirectory("hub-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=da",
                "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        // The console, read at the end: a script the content security policy refused fails the test.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.setAcceptInsecureCerts(anyCertificate);
        driver = new ChromeDriver(options);
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * A wait that looks again every 50 ms: Selenium's default of 500 ms adds a quarter of a second on average to every
     * wait for an answer that takes a tenth, and the browser tests wait a few thousand times.
     */
    WebDriverWait waiting(Duration patience) {
        return new WebDriverWait(driver, patience, LOOK_AGAIN);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Logs in on Keycloak's login page, which the Hub sends an anonymous visitor to, and waits for the Hub. */
    void logIn(String hubBase, String username) {
        open(hubBase + "/");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(RealmFile.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(hubBase));
        waitFor(By.id("main"));
    }

    /**
     * Logs in for the first time with a one-time password: Keycloak then asks for a password of the user's own, and
     * the Hub opens once it is chosen.
     */
    void logInFirstTime(String hubBase, String username, String oneTimePassword, String chosenPassword) {
        open(hubBase + "/");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(oneTimePassword);
        driver.findElement(By.id("kc-login")).click();
        waitFor(By.id("password-new")).sendKeys(chosenPassword);
        driver.findElement(By.id("password-confirm")).sendKeys(chosenPassword);
        driver.findElement(By.id("kc-submit")).click();
        waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(hubBase));
        waitFor(By.id("main"));
    }

    /** Clicks a button that sends its form, and waits until the answer has replaced the page. */
    void submit(By button) {
        // A page still settling may replace the button between finding and clicking it: find it again.
        WebElement element = waiting(Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement found = d.findElement(button);
                    found.click();
                    return found;
                });
        // Gone with the old page: Chromium says "stale" or, as often, that the node is not in the document.
        waiting(Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        waitFor(By.id("main"));
    }

    WebElement waitFor(By by) {
        return waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text(By by) {
        // An Ajax answer may replace the element between finding and reading it: look again.
        return waiting(Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element.getText().trim() : null;
                });
    }

    boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Waits until an element's text is the expected one (the page may still be changing when this is called). */
    void waitForText(By by, String expected) {
        // A page being replaced answers "stale", "no such element" or "node does not belong to the document":
        // each only means "look again".
        waiting(Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(by).getText().trim().equals(expected));
    }

    /** Waits until an element's text is no longer what it was (a save status, say), and returns the new text. */
    String waitForChange(By by, String before) {
        // An answer may replace the element while it is read: that just means "look again".
        waiting(Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> !d.findElement(by).getText().trim().equals(before));
        return text(by);
    }

    /** Waits until an element's attribute is no longer what it was (a saved version, say). */
    void waitForAttributeChange(By by, String attribute, String before) {
        waiting(Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> !java.util.Objects.equals(d.findElement(by).getAttribute(attribute), before));
    }

    String attribute(By by, String attribute) {
        return waitFor(by).getAttribute(attribute);
    }

    /** Selects the field's text and types over it: one change event, as a person would make it. */
    void replaceText(By field, String value) {
        waitFor(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    /** The labels of the main menu, in order. */
    List<String> navigation() {
        List<String> labels = new ArrayList<>();
        for (WebElement link : driver.findElements(By.cssSelector("nav.hub-nav a"))) {
            labels.add(link.getText().trim());
        }
        return labels;
    }

    /** The first line of the error summary ("error"), or the first news at the top of the page ("info", "warn"). */
    String message(String severity) {
        return text(MESSAGES.get(severity));
    }

    private static final java.util.Map<String, By> MESSAGES = java.util.Map.of(
            "error", By.cssSelector("#messages .hub-error-summary li"),
            "info", By.cssSelector("#messages .hub-notice p"),
            "warn", By.cssSelector("#messages .hub-notice-warn p"));

    /** The first line of the error summary, once it appears. */
    String errorSummaryLine() {
        return message("error");
    }

    /** The message shown at a field, by the field's client id. */
    String fieldError(String clientId) {
        return text(By.id(clientId + "-error"));
    }

    /**
     * Lays the page out as a screen {@code width} CSS pixels wide would (a phone: 390), or as the window again with 0.
     */
    void viewport(int width) {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (width == 0) {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        } else {
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /**
     * axe-core's violations of the rules with the given tags on the page shown. axe-core is evaluated by Chromium in
     * every document this browser opens from the first check on, not sent over the WebDriver connection again for
     * each page (half a megabyte, most of a check's time), and runs in the page itself: the Hub has no frames.
     */
    Results accessibilityViolations(List<String> tags) {
        if (axeOnEveryPage == null) {
            if (axeSource == null) {
                try {
                    axeSource = new AxeBuilder().getAxeScriptProvider().getScript();
                } catch (javax.naming.OperationNotSupportedException | IOException e) {
                    throw new IllegalStateException("axe-core's script could not be read", e);
                }
            }
            Map<String, Object> added = ((ChromeDriver) driver)
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeSource));
            axeOnEveryPage = String.valueOf(added.get("identifier"));
            script(axeSource); // the page already open
        }
        AxeRunOptions violationsOnly = new AxeRunOptions();
        // Listing every node that passed is most of a run's time on a long page; only the violations are read.
        violationsOnly.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder()
                .withOptions(violationsOnly)
                .withTags(tags)
                .setLegacyMode(true)
                .disableIframeTesting();
        axe.setInjectAxe(alreadyThere -> {}, false);
        return axe.analyze(driver);
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /**
     * Quits the browser, failing if the console showed a script refused by the content security policy or a script
     * error: either means part of a page did not work.
     */
    @Override
    public void close() {
        List<String> refused;
        try {
            refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
                    .toList();
        } catch (WebDriverException e) {
            quit();
            throw e;
        }
        if (!refused.isEmpty() || !keep()) {
            quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("the browser console shows scripts that did not run: " + refused);
        }
    }

    /**
     * Puts this browser back as a new one is and keeps it for the next test; false if it could not be (it is then
     * quit).
     */
    private boolean keep() {
        if (anyCertificate) {
            return false;
        }
        try {
            ChromeDriver chrome = (ChromeDriver) driver;
            List<String> windows = new ArrayList<>(driver.getWindowHandles());
            for (String extra : windows.subList(1, windows.size())) {
                driver.switchTo().window(extra).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.get("about:blank");
            chrome.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            if (axeOnEveryPage != null) {
                chrome.executeCdpCommand(
                        "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", axeOnEveryPage));
                axeOnEveryPage = null;
            }
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            driver.manage().logs().get(LogType.BROWSER);
        } catch (WebDriverException | IndexOutOfBoundsException e) {
            return false;
        }
        synchronized (IDLE) {
            if (IDLE.size() >= KEPT) {
                return false;
            }
            IDLE.push(this);
        }
        return true;
    }

    private void quit() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
