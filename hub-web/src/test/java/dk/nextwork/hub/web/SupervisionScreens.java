package dk.nextwork.hub.web;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A municipality's supervision page ({@code /supervision.xhtml}) and the session form ({@code /supervision-ny.xhtml}). */
final class SupervisionScreens {

    private SupervisionScreens() {}

    /** The supervision log and actions of one municipality. */
    static final class Log {
        private final Browser browser;
        private final String hub;

        Log(Browser browser, String hub) {
            this.browser = browser;
            this.hub = hub;
        }

        Log open(String municipality) {
            browser.open(hub + "/supervision.xhtml" + (municipality == null ? "" : "?kommune=" + municipality));
            return this;
        }

        String heading() {
            return browser.text(By.tagName("h1"));
        }

        boolean showsActions() {
            return browser.isPresent(By.id("actions"));
        }

        String actions() {
            return browser.text(By.id("actions"));
        }

        String sessions() {
            return browser.text(By.id("sessions"));
        }

        SessionForm logSession() {
            browser.waitFor(By.id("log-session")).click();
            return new SessionForm(browser);
        }

        /** Changes an action's status with the row's own button; the page confirms it. */
        String changeStatus(long action, String status) {
            new Select(browser.waitFor(By.cssSelector("#action-" + action + " select"))).selectByValue(status);
            browser.waitFor(By.cssSelector("#action-" + action + " input[type='submit']"))
                    .click();
            return browser.message("info");
        }

        String status(long action) {
            return new Select(browser.waitFor(By.cssSelector("#action-" + action + " select")))
                    .getFirstSelectedOption()
                    .getText();
        }
    }

    /** Logging a supervision session with up to three actions. */
    static final class SessionForm {
        private final Browser browser;

        SessionForm(Browser browser) {
            this.browser = browser;
        }

        String privacyReminder() {
            return browser.text(By.id("privacy-reminder"));
        }

        String municipality() {
            return new Select(browser.waitFor(By.id("session:municipality")))
                    .getFirstSelectedOption()
                    .getText();
        }

        SessionForm heldOn(String date) {
            browser.replaceText(By.id("session:held-on"), date);
            return this;
        }

        SessionForm participants(int leads, int consultants) {
            browser.replaceText(By.id("session:leads"), String.valueOf(leads));
            browser.replaceText(By.id("session:consultants"), String.valueOf(consultants));
            return this;
        }

        SessionForm principle(String code) {
            browser.waitFor(By.cssSelector("#session\\:principles input[value='" + code + "']"))
                    .click();
            return this;
        }

        SessionForm item(String code) {
            browser.waitFor(By.cssSelector("#session\\:items input[value='" + code + "']"))
                    .click();
            return this;
        }

        SessionForm notes(String text) {
            browser.waitFor(By.id("session:notes")).sendKeys(text);
            return this;
        }

        SessionForm action(int row, String title, String owner, String due, String item) {
            String prefix = "#action-row-" + row + " ";
            browser.waitFor(By.cssSelector(prefix + "input[id$=':title']")).sendKeys(title);
            browser.waitFor(By.cssSelector(prefix + "input[id$=':owner']")).sendKeys(owner);
            browser.waitFor(By.cssSelector(prefix + "input[id$=':due']")).sendKeys(due);
            browser.waitFor(By.cssSelector(prefix + "input[type='checkbox'][value='" + item + "']"))
                    .click();
            return this;
        }

        String actionTitle(int row) {
            return browser.waitFor(By.cssSelector("#action-row-" + row + " input[id$=':title']"))
                    .getAttribute("value");
        }

        void save() {
            browser.waitFor(By.id("session:save")).click();
        }
    }
}
