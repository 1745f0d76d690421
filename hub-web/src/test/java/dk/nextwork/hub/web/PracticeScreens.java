package dk.nextwork.hub.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The practice library's screens: search ({@code /praksis.xhtml}), the editor and one practice. */
final class PracticeScreens {

    private PracticeScreens() {}

    /** "Del en praksis": title, summary, rich-text body, principles, activities. */
    static final class Editor {
        private final Browser browser;

        Editor(Browser browser) {
            this.browser = browser;
        }

        String privacy() {
            return browser.text(By.id("practice-privacy"));
        }

        Editor write(String title, String summary, String body) {
            browser.waitFor(By.id("practice:title")).sendKeys(title);
            browser.waitFor(By.id("practice:summary")).sendKeys(summary);
            WebElement editor = browser.waitFor(By.cssSelector("#practice\\:body .ql-editor"));
            editor.click();
            editor.sendKeys(body);
            return this;
        }

        Editor principle(String code) {
            browser.waitFor(By.cssSelector("#practice\\:principles input[value='" + code + "']"))
                    .click();
            return this;
        }

        Editor activity(String code) {
            browser.waitFor(By.cssSelector("#practice\\:activities input[value='" + code + "']"))
                    .click();
            return this;
        }

        /** Publishes and waits for the practice's own page. */
        Practice publish(String title) {
            browser.waitFor(By.id("practice:publish")).click();
            browser.waitForText(By.tagName("h1"), title);
            return new Practice(browser);
        }
    }

    /** One practice: its body, comments and trials. */
    static final class Practice {
        private final Browser browser;

        Practice(Browser browser) {
            this.browser = browser;
        }

        Practice open(String hub, long id) {
            browser.open(hub + "/praksis-vis.xhtml?id=" + id);
            return this;
        }

        String status() {
            return browser.text(By.id("practice-status"));
        }

        String body() {
            return browser.text(By.id("practice-body"));
        }

        String comment(String text) {
            browser.waitFor(By.id("comment-form:comment")).sendKeys(text);
            browser.waitFor(By.id("comment-form:save-comment")).click();
            return browser.message("info");
        }

        String comments() {
            return browser.text(By.id("comments"));
        }

        String recordTrial(String triedOn, String outcome, String note) {
            browser.waitFor(By.id("trial-form:tried-on")).sendKeys(triedOn);
            browser.waitFor(By.cssSelector("#trial-form\\:outcome input[value='" + outcome + "']"))
                    .click();
            browser.waitFor(By.id("trial-form:note")).sendKeys(note);
            browser.waitFor(By.id("trial-form:save-trial")).click();
            return browser.message("info");
        }

        String trials() {
            return browser.text(By.id("trials"));
        }
    }

    /** The library's search page. */
    static final class Search {
        private final Browser browser;

        Search(Browser browser) {
            this.browser = browser;
        }

        Editor share() {
            browser.waitFor(By.id("new-practice")).click();
            return new Editor(browser);
        }

        Search search(String words) {
            browser.waitFor(By.id("q")).sendKeys(words);
            browser.waitFor(By.id("search-button")).click();
            return this;
        }

        String firstMark() {
            return browser.waitFor(By.cssSelector("#results mark")).getText();
        }

        Practice open(String title) {
            browser.waitFor(By.linkText(title)).click();
            return new Practice(browser);
        }
    }
}
