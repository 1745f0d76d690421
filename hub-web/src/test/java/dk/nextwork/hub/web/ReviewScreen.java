package dk.nextwork.hub.web;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The review queue ({@code /gennemgang.xhtml}) and the supervisor's review of one report ({@code /gennemgaa.xhtml}). */
final class ReviewScreen {

    private static final By SAVED = By.id("review-saved");
    private static final String QUEUE_HEADING = "Indsendte rapporter til gennemgang";

    private final Browser browser;
    private final String hub;

    ReviewScreen(Browser browser, String hub) {
        this.browser = browser;
        this.hub = hub;
    }

    ReviewScreen open(long id) {
        browser.open(hub + "/gennemgaa.xhtml?id=" + id);
        browser.waitFor(By.tagName("h1"));
        return this;
    }

    String queue() {
        return browser.text(By.id("queue"));
    }

    String selfRating(String item) {
        return browser.text(By.cssSelector("#review-" + item + " .self-rating"));
    }

    String ownRating(String item) {
        return new Select(browser.waitFor(By.cssSelector("#review-" + item + " select")))
                .getFirstSelectedOption()
                .getText();
    }

    void rate(String item, int rating) {
        String saved = browser.attribute(SAVED, "data-version");
        new Select(browser.waitFor(By.cssSelector("#review-" + item + " select")))
                .selectByValue(String.valueOf(rating));
        browser.waitForAttributeChange(SAVED, "data-version", saved);
    }

    void comment(String item, String text) {
        String saved = browser.attribute(SAVED, "data-version");
        browser.waitFor(By.cssSelector("#review-" + item + " textarea")).sendKeys(text);
        browser.waitForAttributeChange(SAVED, "data-version", saved);
    }

    /** Returns without a reason: the page says one is needed. */
    String returnWithoutReason() {
        browser.waitFor(By.id("decision-form:return")).click();
        return browser.text(By.id("decision-form:reason-error"));
    }

    /** Returns with a reason: the page asks first, at the button, with the focus on the question. */
    void returnWith(String reason) {
        browser.waitFor(By.id("decision-form:reason")).sendKeys(reason);
        browser.waitFor(By.id("decision-form:return")).click();
        browser.waitFor(By.id("decision-form:confirm-return"));
        browser.waiting(Duration.ofSeconds(10))
                .withMessage("the question has the focus")
                .until(d -> "decision-form:confirm-return".equals(browser.script("return document.activeElement.id")));
        browser.waitFor(By.id("decision-form:return-confirmed")).click();
        browser.waitForText(By.tagName("h1"), QUEUE_HEADING);
    }

    /** Approves: the page asks first, since an approved report is locked. */
    void approve() {
        browser.waitFor(By.id("decision-form:approve")).click();
        browser.waitFor(By.id("decision-form:approve-confirmed")).click();
        browser.waitForText(By.tagName("h1"), QUEUE_HEADING);
    }
}
