package dk.nextwork.hub.web;

import org.openqa.selenium.By;

/** A fidelity report ({@code /rapport.xhtml}). */
final class ReportScreen {

    private final Browser browser;
    private final String hub;

    ReportScreen(Browser browser, String hub) {
        this.browser = browser;
        this.hub = hub;
    }

    ReportScreen open(long id) {
        browser.open(hub + "/rapport.xhtml?id=" + id);
        return this;
    }

    boolean isShown() {
        return browser.isPresent(By.id("report-state"));
    }

    String state() {
        return browser.text(By.id("report-state"));
    }

    String heading() {
        return browser.text(By.tagName("h1"));
    }

    String fidelity() {
        return browser.text(By.id("report-fidelity"));
    }

    /** The principles table under the chart, its "Vis tabel" disclosure opened first if it is closed. */
    String principles() {
        if (browser.waitFor(By.id("principles-details")).getAttribute("open") == null) {
            browser.waitFor(By.cssSelector("#principles-details > summary")).click();
        }
        return browser.text(By.id("principles"));
    }

    String sectionScores() {
        return browser.text(By.id("section-scores"));
    }

    String items() {
        return browser.text(By.id("items"));
    }

    String history() {
        return browser.text(By.id("history"));
    }

    String previous() {
        return browser.text(By.id("previous-report"));
    }

    boolean hasChart() {
        return browser.isPresent(By.cssSelector("svg.hub-spider polygon.current"));
    }

    boolean chartHasPrevious() {
        return browser.isPresent(By.cssSelector("svg.hub-spider polygon.previous"));
    }

    boolean hasClosedLoop() {
        return browser.isPresent(By.id("closed-loop"));
    }

    String closedLoop() {
        return browser.text(By.id("closed-loop"));
    }

    String actionPlan() {
        return browser.text(By.id("action-plan"));
    }
}
