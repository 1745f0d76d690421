package dk.nextwork.hub.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The onboarding screens as a user works them: adding a municipality, its onboarding page, the cohort. */
final class OnboardingScreens {

    private OnboardingScreens() {}

    /** What the admin is shown once after adding a municipality. */
    record Added(String username, String oneTimePassword) {}

    /** {@code /kommune-ny.xhtml}: the network admin adds a municipality with its lead. */
    static Added addMunicipality(Browser browser, String hub, String kommunekode, String leadName, String leadEmail) {
        browser.open(hub + "/kommune-ny.xhtml");
        new Select(browser.waitFor(By.id("new-municipality:kommunekode"))).selectByValue(kommunekode);
        browser.waitFor(By.id("new-municipality:lead-name")).sendKeys(leadName);
        browser.waitFor(By.id("new-municipality:lead-email")).sendKeys(leadEmail);
        browser.submit(By.id("new-municipality:add"));
        return new Added(browser.text(By.id("added-username")), browser.text(By.id("added-password")));
    }

    /** {@code /opstart.xhtml}: a municipality's onboarding. */
    static final class Onboarding {
        private final Browser browser;

        Onboarding(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("overview"));
        }

        String current() {
            return browser.text(By.id("onboarding-current"));
        }

        String proportion() {
            return browser.text(By.id("onboarding-proportion"));
        }

        String commitment() {
            return browser.text(By.id("onboarding-commitment"));
        }

        /** Ticks "I have read it and accept" and accepts the co-ownership commitment. */
        void acceptCommitment() {
            By tick = By.id("commitment-form:accepting");
            browser.waiting(java.time.Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> {
                        WebElement box = d.findElement(tick);
                        if (!box.isSelected()) {
                            box.click();
                        }
                        return box.isSelected();
                    });
            browser.submit(By.id("commitment-form:accept"));
        }

        /** Writes the date an activity happened beside it and marks it done. */
        void mark(String activity, String date) {
            browser.replaceText(By.cssSelector("#activity-" + activity + " input[type=text]"), date);
            browser.submit(By.cssSelector("#activity-" + activity + " input[type=submit]"));
        }

        /** The message at an activity's date field. */
        String dateError(String activity) {
            return browser.text(By.cssSelector("#activity-" + activity + " .hub-field-error"));
        }

        /** The date shown for an activity done (its date field's value). */
        String date(String activity) {
            return browser.attribute(By.cssSelector("#activity-" + activity + " input[type=text]"), "value");
        }
    }

    /** A row of {@code /opstarter.xhtml}: name, start, stage, days in stage, proportion, commitment, overdue. */
    static List<String> cohortRow(Browser browser, String hub, String slug) {
        browser.open(hub + "/opstarter.xhtml");
        WebElement row = browser.waitFor(By.id("cohort-" + slug));
        return row.findElements(By.cssSelector("th, td")).stream()
                .map(c -> c.getText().trim())
                .toList();
    }
}
