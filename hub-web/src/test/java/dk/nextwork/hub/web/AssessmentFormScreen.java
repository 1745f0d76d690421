package dk.nextwork.hub.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The lead's self-assessment form ({@code /selvevaluering.xhtml}), as a person uses it. */
final class AssessmentFormScreen {

    private static final By SAVED = By.id("form-saved");
    private static final By CURRENT_STEP = By.cssSelector("nav.hub-steps [aria-current='step']");
    private static final Pattern IMPLIED = Pattern.compile("Nøgletallene peger på: (\\d)");

    private final Browser browser;
    private final String hub;

    AssessmentFormScreen(Browser browser, String hub) {
        this.browser = browser;
        this.hub = hub;
    }

    AssessmentFormScreen open(long id, String step) {
        browser.open(hub + "/selvevaluering.xhtml?id=" + id + (step == null ? "" : "&trin=" + step));
        browser.waitFor(SAVED);
        return this;
    }

    String currentStep() {
        return browser.text(CURRENT_STEP);
    }

    /** Types a key figure, leaves the field and waits until it is saved. */
    void enterFigure(String code, String value) {
        String saved = browser.attribute(SAVED, "data-version");
        browser.replaceText(By.cssSelector("#figure-" + code + " input"), value);
        browser.driver().findElement(By.id("form-intro")).click();
        browser.waitForAttributeChange(SAVED, "data-version", saved);
    }

    /** Types a key figure and leaves the field, without waiting for a save (it may be refused). */
    void typeFigure(String code, String value) {
        browser.replaceText(By.cssSelector("#figure-" + code + " input"), value);
        browser.driver().findElement(By.id("form-intro")).click();
    }

    String figure(String code) {
        return browser.waitFor(By.cssSelector("#figure-" + code + " input")).getAttribute("value");
    }

    /** Chooses a rating and waits until it is saved. */
    void rate(String item, int rating) {
        WebElement radio = radio(item, rating);
        if (!radio.isSelected()) {
            String saved = browser.attribute(SAVED, "data-version");
            radio.click();
            browser.waitForAttributeChange(SAVED, "data-version", saved);
        }
    }

    boolean isRated(String item, int rating) {
        return radio(item, rating).isSelected();
    }

    private WebElement radio(String item, int rating) {
        return browser.waitFor(By.cssSelector("#item-" + item + " input[type='radio'][value='" + rating + "']"));
    }

    /** Writes evidence for an item and waits until it is saved. */
    void writeEvidence(String item, String text) {
        String saved = browser.attribute(SAVED, "data-version");
        browser.replaceText(By.cssSelector("#item-" + item + " textarea"), text);
        browser.driver().findElement(By.id("form-intro")).click();
        browser.waitForAttributeChange(SAVED, "data-version", saved);
    }

    String evidence(String item) {
        return browser.waitFor(By.cssSelector("#item-" + item + " textarea")).getAttribute("value");
    }

    String itemText(String item) {
        return browser.text(By.id("item-" + item));
    }

    boolean asksForJustification(String item) {
        return browser.isPresent(By.cssSelector("#item-" + item + " .hub-justification textarea"));
    }

    /** Clicks a control that leads to another step (a button or a step link) and waits until that step is shown. */
    void goTo(By control, String step) {
        browser.waitFor(control).click();
        browser.waitForText(CURRENT_STEP, step);
    }

    void next(String step) {
        goTo(By.id("form:next"), step);
    }

    void step(String step) {
        goTo(By.linkText(step), step);
    }

    /** The items on the current step. */
    List<String> items() {
        browser.waitFor(By.cssSelector(".hub-item"));
        List<String> codes = new ArrayList<>();
        for (WebElement item : browser.driver().findElements(By.cssSelector(".hub-item"))) {
            codes.add(item.getAttribute("id").substring("item-".length()));
        }
        return codes;
    }

    /** The rating the key figures imply for an item, as the form shows it, or null. */
    Integer implied(String item) {
        Matcher matcher = IMPLIED.matcher(itemText(item));
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    String summaryFidelity() {
        return browser.text(By.id("summary-fidelity"));
    }

    String ready() {
        return browser.text(By.id("ready"));
    }

    void submit() {
        browser.waitFor(By.id("form:submit")).click();
        browser.waitFor(By.id("report-state"));
    }

    String returnReason() {
        return browser.text(By.id("return-reason-text"));
    }
}
