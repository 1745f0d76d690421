package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Netværket: every municipality's fidelity against the network, trends and drift — and what a lead may see of it. */
@DisplayName("The network picture")
class NetworkIT extends HubTest {

    @Test
    @DisplayName("a supervisor sees Roskilde, Horsens and Sønderborg with their latest approved scores, the median,"
            + " a trend chart with its table, and a drift alert after a report with a drop of 0.5 is approved")
    void supervisorSeesTheNetwork() {
        TestMunicipality m = servers.newMunicipality();
        Assessments assessments = new Assessments(api);
        // Magtskifte: 4, 4, 4, 4 → 4.0, then 3, 3, 4, 4 → 3.5: a drop of exactly the instrument's 0.5.
        assessments.approved(m, Periods.halfYear(2), Map.of(), 4);
        JsonNode later = assessments.approved(m, Periods.halfYear(1), Map.of("MS1", 3, "MS2", 3), 4);

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.waitFor(By.linkText("Netværket")).click();
            browser.waitFor(By.id("latest"));
            for (String demo : List.of("roskilde", "horsens", "soenderborg")) {
                assertThat(browser.isPresent(By.cssSelector("#latest tr[data-municipality=" + demo + "]")))
                        .as(demo)
                        .isTrue();
            }
            // The test municipality's latest: AI, MM and ST all 4, Magtskifte 3.5.
            assertThat(row(browser, m.slug()))
                    .containsExactly(m.name(), Periods.halfYear(1), "4,0", "4,0", "3,5", "4,0");

            // The median row is the median of the municipalities' exact scores, rounded for display.
            List<BigDecimal> ai = new ArrayList<>();
            api.get("/api/network", token("supervisor.anna"))
                    .json()
                    .path("municipalities")
                    .forEach(mu -> mu.path("scores").forEach(s -> {
                        if (s.path("section").asText().equals("AI")
                                && !s.path("exact").isNull()) {
                            ai.add(fraction(s.path("exact").asText()));
                        }
                    }));
            assertThat(cell(browser, "tfoot tr[data-spread=median]", 2)).isEqualTo(oneDecimal(median(ai)));

            // A trend chart and its table per principle.
            assertThat(browser.isPresent(By.cssSelector("svg.hub-trend"))).isTrue();
            assertThat(browser.text(By.id("trend-MS"))).contains(Periods.halfYear(1));

            // The drift alert for the drop.
            WebElement alert = browser.waitFor(
                    By.xpath("//ul[@id='alerts']/li[@data-section='MS'][contains(., '" + m.name() + "')]"));
            assertThat(alert.getText())
                    .contains("Magtskifte i " + m.name() + " faldt fra 4,0 (" + Periods.halfYear(2) + ") til 3,5 ("
                            + Periods.halfYear(1) + ")");
            alert.findElement(By.tagName("a")).click();
            browser.waitFor(By.id("report-state"));
            assertThat(browser.driver().getCurrentUrl())
                    .endsWith("rapport.xhtml?id=" + later.path("id").asLong());
        }
    }

    @Test
    @DisplayName("lead.horsens sees Horsens against the median and no other municipality's name, on the page or in the"
            + " API")
    void leadSeesOnlyTheOwn() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "lead.horsens");
            browser.open(servers.hub() + "/netvaerk.xhtml");
            browser.waitFor(By.id("latest"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#latest tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getAttribute("data-municipality")).isEqualTo("horsens");
            assertThat(browser.isPresent(By.cssSelector("tfoot tr[data-spread=median]")))
                    .isTrue();
            assertThat(browser.isPresent(By.cssSelector("svg.hub-spider"))).isTrue();
            String page = browser.driver().getPageSource();
            assertThat(page)
                    .doesNotContain("Roskilde")
                    .doesNotContain("Sønderborg")
                    .doesNotContain("Testkommune")
                    .doesNotContain("roskilde");
        }
        String body = api.get("/api/network", token("lead.horsens")).body();
        assertThat(body)
                .contains("Horsens")
                .doesNotContain("Roskilde")
                .doesNotContain("Sønderborg")
                .doesNotContain("Testkommune")
                .doesNotContain("roskilde");
        // Asking for another municipality's trend is "not found", never its figures.
        assertThat(api.get("/api/network?municipality=roskilde", token("lead.horsens"))
                        .body())
                .doesNotContain("Roskilde");
    }

    private static List<String> row(Browser browser, String slug) {
        List<String> cells = new ArrayList<>();
        for (WebElement cell :
                browser.driver().findElements(By.cssSelector("#latest tr[data-municipality=" + slug + "] > *"))) {
            cells.add(cell.getText().trim());
        }
        return cells;
    }

    private static String cell(Browser browser, String row, int index) {
        return browser.driver()
                .findElements(By.cssSelector("#latest " + row + " > *"))
                .get(index)
                .getText()
                .trim();
    }

    private static BigDecimal fraction(String exact) {
        int slash = exact.indexOf('/');
        return slash < 0
                ? new BigDecimal(exact)
                : new BigDecimal(exact.substring(0, slash))
                        .divide(new BigDecimal(exact.substring(slash + 1)), MathContext.DECIMAL64);
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static String oneDecimal(BigDecimal value) {
        BigDecimal one = value.setScale(1, java.math.RoundingMode.HALF_UP);
        for (BigDecimal limit : List.of(new BigDecimal("3"), new BigDecimal("4"))) {
            if (value.compareTo(limit) < 0 && one.compareTo(limit) >= 0) {
                return value.setScale(2, java.math.RoundingMode.DOWN)
                        .toPlainString()
                        .replace('.', ',');
            }
        }
        return one.toPlainString().replace('.', ',');
    }
}
