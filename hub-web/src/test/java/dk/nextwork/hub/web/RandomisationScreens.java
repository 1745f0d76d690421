package dk.nextwork.hub.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The randomisation machine as a caseworker works it ({@code /lodtraekning.xhtml}), and study IDs for tests. */
final class RandomisationScreens {

    /** The eligibility criteria's codes, as the trial's protocol lists them. */
    static final List<String> CRITERIA = List.of(
            "AGE", "OUTSIDE_JOB_AND_EDUCATION", "BENEFIT_AND_CATEGORY", "INFORMED_AND_AGREES", "NOT_ALLOCATED_BEFORE");

    private RandomisationScreens() {}

    /**
     * A study ID {@code KKK-NNNNN-C} with its ISO 7064 MOD 11-2 check character, worked out here as ORCID documents
     * the scheme (not by the Hub's code).
     */
    static String studyId(String kommunekode, int number) {
        String digits = kommunekode + String.format("%05d", number);
        int total = 0;
        for (char c : digits.toCharArray()) {
            total = (total + (c - '0')) * 2 % 11;
        }
        int check = (12 - total) % 11;
        return kommunekode + "-" + String.format("%05d", number) + "-" + (check == 10 ? "X" : String.valueOf(check));
    }

    /** The same study ID with its check character replaced by another: a typing error. */
    static String withWrongCheck(String studyId) {
        char check = studyId.charAt(studyId.length() - 1);
        return studyId.substring(0, studyId.length() - 1) + (check == '1' ? '2' : '1');
    }

    static Allocation open(Browser browser, String hub) {
        browser.open(hub + "/lodtraekning.xhtml");
        return new Allocation(browser);
    }

    /** The form and its result. */
    static final class Allocation {
        private final Browser browser;

        Allocation(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("allocation:allocate"));
        }

        /** Picks the trial, when the municipality takes part in more than one. */
        void chooseTrial(long trial) {
            browser.waitFor(By.cssSelector("input[name='allocation:trial'][value='" + trial + "']"))
                    .click();
        }

        /** Types the study ID, picks the category, ticks every criterion and "final", and randomises. */
        void allocate(String studyId, String category, boolean understood) {
            browser.replaceText(By.id("allocation:study-id"), studyId);
            browser.waitFor(By.cssSelector("input[name='allocation:category'][value='" + category + "']"))
                    .click();
            for (WebElement box : browser.driver().findElements(By.cssSelector("input[name='allocation:criteria']"))) {
                if (!box.isSelected()) {
                    box.click();
                }
            }
            WebElement finalBox = browser.waitFor(By.id("allocation:understood"));
            if (finalBox.isSelected() != understood) {
                finalBox.click();
            }
            browser.submit(By.id("allocation:allocate"));
        }

        /** NEXTWORK or CONTROL, as the result says. */
        String arm() {
            return browser.attribute(By.id("result-arm"), "data-arm");
        }

        String resultText() {
            return browser.text(By.id("result-arm"));
        }

        boolean repeated() {
            return browser.isPresent(By.id("result-repeated"));
        }

        String repeatedText() {
            return browser.text(By.id("result-repeated"));
        }

        String studyIdError() {
            return browser.fieldError("allocation:study-id");
        }
    }
}
