package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Charts beside their data: each chart directly followed by its figures in a closed "Vis tabel" disclosure, its legend
 * drawn in the chart, text a reader can read on a 320 px phone, a principle without a score shown as missing, and a
 * lead's own position first on Netværket.
 */
@DisplayName("Charts beside their data")
class ChartsIT extends HubTest {

    /**
     * By the instrument's scoring: AI 5, 5, 4, 4 → 18/4 = 4.5, shown 4,5; MM 3, 3, 3, 2 → 11/4 = 2.75, shown 2,8; MS3
     * and MS4 marked 9 (cannot be assessed): more than one item marked 9, so Magtskifte has no score. Every other item
     * 4.
     */
    private static final Map<String, Integer> RATINGS = Map.ofEntries(
            Map.entry("AI1", 5),
            Map.entry("AI2", 5),
            Map.entry("AI3", 4),
            Map.entry("AI4", 4),
            Map.entry("MM1", 3),
            Map.entry("MM2", 3),
            Map.entry("MM3", 3),
            Map.entry("MM4", 2),
            Map.entry("MS3", 9),
            Map.entry("MS4", 9));

    @Test
    @DisplayName("a lead's Netværket opens with the own spider chart, before the network's tables; right under it a"
            + " closed 'Vis tabel' holds 4,5, 2,8 and 'Ingen score' beside the median; the legend is drawn in the chart"
            + " and Magtskifte is marked 'ingen score' there")
    void leadSeesTheOwnPositionFirst() {
        TestMunicipality m = servers.newMunicipality();
        new Assessments(api).approved(m, Periods.halfYear(1), RATINGS, 4);
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.open(servers.hub() + "/netvaerk.xhtml");
            WebElement chart = browser.waitFor(By.cssSelector("svg.hub-spider"));
            assertThat(browser.text(By.id("chart-heading"))).endsWith(m.name());
            int chartY = chart.getLocation().getY();
            for (String later :
                    List.of("alerts-heading", "latest", "figures-heading", "calibration-heading", "trend-heading")) {
                assertThat(browser.driver()
                                .findElement(By.id(later))
                                .getLocation()
                                .getY())
                        .as(later + " comes after the own chart")
                        .isGreaterThan(chartY);
            }

            // The legend in the drawing: the own line by name and period, the median, and the missing principle.
            assertThat(svgTexts(browser, "svg.hub-spider", "hub-legend-text"))
                    .containsExactly(m.name() + " " + Periods.halfYear(1), "Netværkets median");
            // The own line's missing principle, named under its legend entry (a median a lead may not see would be
            // named under the median's).
            assertThat(svgTexts(browser, "svg.hub-spider", "hub-legend-missing"))
                    .first()
                    .isEqualTo("ingen score: Magtskifte");
            assertThat(svgTexts(browser, "svg.hub-spider", "hub-missing")).containsExactly("ingen score");
            assertThat(browser.isPresent(By.cssSelector("svg.hub-spider polygon.current")))
                    .isFalse();
            assertThat(browser.isPresent(By.cssSelector("svg.hub-spider g.hub-partial polyline")))
                    .isTrue();
            assertThat(browser.text(By.cssSelector(".hub-chart figcaption"))).doesNotContain("ovenfor");

            // Right under the chart, closed until opened.
            assertThat(detailsAfter(browser, "svg.hub-spider")).containsExactly("focus-scores-details");
            WebElement details = browser.driver().findElement(By.id("focus-scores-details"));
            assertThat(details.getAttribute("open")).isNull();
            WebElement summary = details.findElement(By.tagName("summary"));
            assertThat(summary.getText()).isEqualTo("Vis tabel");
            summary.click();
            // The median is the network's, the same as under the scores table.
            List<String> medians = medianRow(browser);
            List<List<String>> rows = tableCells(browser, "focus-scores");
            assertThat(rows)
                    .containsExactly(
                            List.of("Princip", m.name(), "Netværkets median"),
                            List.of("Arbejdsidentitet", "4,5", medians.get(0)),
                            List.of("Mange til mange", "2,8", medians.get(1)),
                            List.of("Magtskifte", "Ingen score", medians.get(2)));
            assertThat(browser.text(By.id("focus-scores-caption"))).contains(m.name(), Periods.halfYear(1));
        }
    }

    @Test
    @DisplayName("each trend chart is followed by its table in a closed 'Vis tabel – principle'; the legend names the"
            + " median and the municipality; opened, the period's row holds the municipality's 4,5 and '–' where it"
            + " has no score")
    void trendTablesFoldUnderTheirCharts() {
        TestMunicipality m = servers.newMunicipality();
        new Assessments(api).approved(m, Periods.halfYear(1), RATINGS, 4);
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.open(servers.hub() + "/netvaerk.xhtml");
            browser.waitFor(By.cssSelector("svg.hub-trend"));
            assertThat(detailsAfter(browser, "svg.hub-trend"))
                    .containsExactly("trend-AI-details", "trend-MM-details", "trend-MS-details");
            List<String> summaries = new ArrayList<>();
            for (WebElement details : browser.driver().findElements(By.cssSelector("details[id^=trend-]"))) {
                assertThat(details.getAttribute("open"))
                        .as(details.getAttribute("id"))
                        .isNull();
                summaries.add(details.findElement(By.tagName("summary")).getText());
            }
            assertThat(summaries)
                    .containsExactly(
                            "Vis tabel – Arbejdsidentitet", "Vis tabel – Mange til mange", "Vis tabel – Magtskifte");
            assertThat(svgTexts(browser, "svg.hub-trend", "hub-legend-text"))
                    .containsExactly("Netværkets median", m.name());

            browser.waitFor(By.cssSelector("#trend-AI-details > summary")).click();
            assertThat(periodRow(browser, "trend-AI", Periods.halfYear(1))).endsWith("4,5");
            browser.waitFor(By.cssSelector("#trend-MS-details > summary")).click();
            assertThat(periodRow(browser, "trend-MS", Periods.halfYear(1))).endsWith("–");
            assertThat(browser.text(By.id("trend-MS-caption"))).isEqualTo("Median pr. periode – Magtskifte");
        }
    }

    @Test
    @DisplayName("at 320 px every tick label of the spider and trend charts is at least 12 px and the page does not"
            + " scroll sideways; a supervisor's chosen municipality comes after the network's tables, its table still"
            + " right under it")
    void readableOnAPhone() {
        TestMunicipality m = servers.newMunicipality();
        new Assessments(api).approved(m, Periods.halfYear(1), Map.of(), 4);
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/netvaerk.xhtml?kommune=" + m.slug());
            WebElement chart = browser.waitFor(By.cssSelector("svg.hub-spider"));
            assertThat(chart.getLocation().getY())
                    .isGreaterThan(browser.driver()
                            .findElement(By.id("latest"))
                            .getLocation()
                            .getY());
            assertThat(detailsAfter(browser, "svg.hub-spider")).containsExactly("focus-scores-details");

            browser.viewport(320);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> ticks = (List<Map<String, Object>>)
                    browser.script("return [...document.querySelectorAll('svg.hub-spider text.hub-tick, svg.hub-trend"
                            + " text.hub-tick')].map(t => { const svg = t.ownerSVGElement;"
                            + " const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                            + " return {chart: svg.getAttribute('class'), text: t.textContent,"
                            + " px: parseFloat(getComputedStyle(t).fontSize) * scale,"
                            + " height: t.getBoundingClientRect().height}; })");
            assertThat(ticks).extracting(t -> t.get("chart")).contains("hub-spider", "hub-trend");
            for (Map<String, Object> tick : ticks) {
                assertThat(((Number) tick.get("px")).doubleValue())
                        .as(tick.get("chart") + " tick " + tick.get("text") + " in CSS px")
                        .isGreaterThanOrEqualTo(12);
                assertThat(((Number) tick.get("height")).doubleValue())
                        .as(tick.get("chart") + " tick " + tick.get("text") + " drawn height")
                        .isGreaterThanOrEqualTo(12);
            }
            long width = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            assertThat(width).isLessThanOrEqualTo(320);
            browser.viewport(0);
        }
    }

    @Test
    @DisplayName("a report whose Magtskifte has no score draws the line it has with a gap, marks Magtskifte 'ingen"
            + " score' in the chart and its legend, and the table under it says 'Ingen score endnu'")
    void reportShowsAMissingPrincipleAsMissing() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        JsonNode draft = assessments.start(lead, Periods.current());
        long id = draft.path("id").asLong();
        JsonNode rated = assessments.saved(lead, id, Assessments.ratingsBody(draft, RATINGS, 4));
        assessments.transitioned(lead, id, "submit", rated.path("version").asLong());

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            ReportScreen report = new ReportScreen(browser, servers.hub()).open(id);
            browser.waitFor(By.cssSelector("svg.hub-spider"));
            assertThat(report.hasChart()).as("a whole polygon").isFalse();
            assertThat(browser.driver()
                            .findElements(By.cssSelector("svg.hub-spider g.hub-partial polyline"))
                            .size())
                    .as("one line, Arbejdsidentitet to Mange til mange")
                    .isEqualTo(1);
            assertThat(svgTexts(browser, "svg.hub-spider", "hub-missing")).containsExactly("ingen score");
            assertThat(svgTexts(browser, "svg.hub-spider", "hub-legend-text"))
                    .containsExactly("Denne rapport " + Periods.current());
            assertThat(svgTexts(browser, "svg.hub-spider", "hub-legend-missing"))
                    .containsExactly("ingen score: Magtskifte");

            assertThat(detailsAfter(browser, "svg.hub-spider")).containsExactly("principles-details");
            assertThat(browser.text(By.cssSelector("#principles-details > summary")))
                    .isEqualTo("Vis tabel");
            assertThat(report.principles())
                    .contains("Arbejdsidentitet 4,5")
                    .contains("Mange til mange 2,8")
                    .contains("Magtskifte Ingen score endnu");
        }
    }

    /** The ids of the elements right after each chart (after its figure, where it has one) that are a disclosure. */
    @SuppressWarnings("unchecked")
    private static List<String> detailsAfter(Browser browser, String chart) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0])].map(svg => {"
                                + " const next = (svg.closest('figure') || svg).nextElementSibling;"
                                + " return next && next.tagName === 'DETAILS' ? next.id : 'not a disclosure'; })",
                        chart);
    }

    /** The words of a class of text in the charts, as drawn in the SVG. */
    @SuppressWarnings("unchecked")
    private static List<String> svgTexts(Browser browser, String chart, String cssClass) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "return [...new Set([...document.querySelectorAll(arguments[0] + ' text.' + arguments[1])]"
                                + ".map(t => t.textContent))]",
                        chart,
                        cssClass);
    }

    /** The median row under the scores table: the principles' medians, in the table's order (AI, MM, MS). */
    private static List<String> medianRow(Browser browser) {
        List<String> cells = new ArrayList<>();
        for (WebElement cell :
                browser.driver().findElements(By.cssSelector("#latest tfoot tr[data-spread=median] > td"))) {
            cells.add(cell.getText().trim());
        }
        // The first cell stands under the period column.
        return cells.subList(1, 4);
    }

    private static String periodRow(Browser browser, String table, String period) {
        for (List<String> row : tableCells(browser, table)) {
            if (row.get(0).equals(period)) {
                return String.join(" ", row);
            }
        }
        throw new AssertionError("no row for " + period + " in " + table);
    }

    /** A table's header and body cells as the page shows them. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> tableCells(Browser browser, String id) {
        return (List<List<String>>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "return [...document.querySelectorAll('#' + arguments[0] + ' thead tr, #' + arguments[0]"
                                + " + ' tbody tr')].map(r => [...r.children].map(c => c.innerText.trim()))",
                        id);
    }
}
