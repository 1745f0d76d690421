package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Band;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.ShownScore;
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

    /** Instrument 1.0's bands (fidelity-instrument-v1.md: below 3, 3 to below 4, 4 and above). */
    private static final List<Band> BANDS = InstrumentCatalog.builtIn()
            .find("nextwork-fidelity", "1.0")
            .orElseThrow()
            .bands();

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

            // A trend chart and its table per principle, the table in a "Vis tabel" disclosure under the chart.
            assertThat(browser.isPresent(By.cssSelector("svg.hub-trend"))).isTrue();
            browser.waitFor(By.cssSelector("#trend-MS-details > summary")).click();
            assertThat(browser.text(By.id("trend-MS"))).contains(Periods.halfYear(1));

            // The drift alert for the drop.
            WebElement alert = browser.waitFor(
                    By.xpath("//table[@id='alerts']//tr[@data-section='MS'][@data-municipality='" + m.slug() + "']"));
            assertThat(alert.getText())
                    .contains(m.name())
                    .contains("Magtskifte")
                    .contains("Faldt fra 4,0 (" + Periods.halfYear(2) + ") til 3,5 (" + Periods.halfYear(1) + ")");
            alert.findElement(By.tagName("a")).click();
            browser.waitFor(By.id("report-state"));
            assertThat(browser.driver().getCurrentUrl())
                    .endsWith("rapport.xhtml?id=" + later.path("id").asLong());
        }
    }

    @Test
    @DisplayName("the tables Netværket keeps follow the data at once: an approval shows on the next load; English is"
            + " English; a lead after a supervisor sees only the own municipality")
    void keptTablesFollowTheData() {
        TestMunicipality m = servers.newMunicipality();
        Assessments assessments = new Assessments(api);
        assessments.approved(m, Periods.halfYear(2), Map.of(), 4);
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            for (int load = 0; load < 2; load++) {
                browser.open(servers.hub() + "/netvaerk.xhtml");
                browser.waitFor(By.id("latest"));
                assertThat(row(browser, m.slug()))
                        .as("load " + load)
                        .containsExactly(m.name(), Periods.halfYear(2), "4,0", "4,0", "4,0", "4,0");
            }
            // The same view in English: the kept Danish markup is not reused. Danish again after, the choice being
            // the user's own.
            browser.submit(By.id("lang-en"));
            try {
                browser.waitForText(By.id("latest-heading"), "Latest approved scores");
                assertThat(row(browser, m.slug())).contains("4.0").doesNotContain("4,0");
            } finally {
                browser.submit(By.id("lang-da"));
                browser.waitForText(By.id("latest-heading"), "Seneste godkendte scorer");
            }

            // Magtskifte 4, 4, 3, 3 → 3.5 in the later half-year: the next load shows it.
            assessments.approved(m, Periods.halfYear(1), Map.of("MS1", 3, "MS2", 3), 4);
            browser.open(servers.hub() + "/netvaerk.xhtml");
            browser.waitFor(By.id("latest"));
            assertThat(row(browser, m.slug()))
                    .containsExactly(m.name(), Periods.halfYear(1), "4,0", "4,0", "3,5", "4,0");
            assertThat(browser.isPresent(By.xpath(
                            "//table[@id='alerts']//tr[@data-section='MS'][@data-municipality='" + m.slug() + "']")))
                    .isTrue();
        }
        // The supervisor's markup is kept; the municipality's lead is shown the own picture only.
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.open(servers.hub() + "/netvaerk.xhtml");
            browser.waitFor(By.id("latest"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#latest tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getAttribute("data-municipality")).isEqualTo(m.slug());
            assertThat(browser.driver().getPageSource())
                    .doesNotContain("Roskilde")
                    .doesNotContain("Horsens");
        }
    }

    @Test
    @DisplayName("the API's picture follows the data at once: a later approval shows in the very next answer, and a"
            + " lead asking right after a supervisor gets the own picture, not the supervisor's")
    void apiPictureFollowsTheData() {
        TestMunicipality m = servers.newMunicipality();
        Assessments assessments = new Assessments(api);
        String supervisor = token("supervisor.anna");
        assessments.approved(m, Periods.halfYear(2), Map.of(), 4);
        // Asked twice, so the first answer is the one kept.
        api.get("/api/network", supervisor);
        assertThat(latestIn(api.get("/api/network", supervisor).json(), m.slug()))
                .isEqualTo(Periods.halfYear(2) + " MS 4");
        // Magtskifte 4, 4, 3, 3 → 3.5 in the later half-year.
        assessments.approved(m, Periods.halfYear(1), Map.of("MS1", 3, "MS2", 3), 4);
        assertThat(latestIn(api.get("/api/network", supervisor).json(), m.slug()))
                .isEqualTo(Periods.halfYear(1) + " MS 3.5");
        // A client asking for UTF-16 first after a change gets its picture in UTF-16; everyone after it still gets
        // UTF-8, Danish letters intact.
        assessments.approved(m, Periods.halfYear(0), Map.of(), 4);
        Api.Answer utf16 = api.get("/api/network", supervisor, "application/json;charset=UTF-16");
        assertThat(utf16.contentType()).containsIgnoringCase("UTF-16");
        assertThat(latestIn(utf16.json(), m.slug())).isEqualTo(Periods.halfYear(0) + " MS 4");
        Api.Answer plain = api.get("/api/network", supervisor);
        assertThat(plain.contentType()).doesNotContainIgnoringCase("UTF-16");
        assertThat(plain.body()).contains("Sønderborg");
        assertThat(latestIn(plain.json(), m.slug())).isEqualTo(Periods.halfYear(0) + " MS 4");
        JsonNode own = api.get("/api/network", token(m.lead())).json();
        assertThat(own.path("municipalities").findValuesAsText("municipality")).containsExactly(m.slug());
        assertThat(latestIn(own, m.slug())).isEqualTo(Periods.halfYear(0) + " MS 4");
    }

    /** A municipality's latest approved period and its Magtskifte score in a picture from the API. */
    private static String latestIn(JsonNode picture, String slug) {
        for (JsonNode mu : picture.path("municipalities")) {
            if (mu.path("municipality").asText().equals(slug)) {
                for (JsonNode score : mu.path("scores")) {
                    if (score.path("section").asText().equals("MS")) {
                        return mu.path("period").asText() + " MS "
                                + fraction(score.path("exact").asText())
                                        .stripTrailingZeros()
                                        .toPlainString();
                    }
                }
            }
        }
        return slug + " is not in the picture";
    }

    @Test
    @DisplayName("markup Netværket keeps is made only from a GET of an address the page links to: a POST carrying the"
            + " filters in its body is rendered but never kept for the plain address")
    void keptMarkupIsNeverPlanted() {
        // An approval makes a new version of the picture, so nothing is kept for it yet.
        TestMunicipality m = servers.newMunicipality();
        new Assessments(api).approved(m, Periods.halfYear(1), Map.of(), 4);
        WebSession supervisor = WebSession.logIn(servers.hub(), "supervisor.anna");
        // The first render of the new picture is a POST without a view state (not a postback), whose body asks for a
        // filter the page cannot use under the plain address.
        WebSession.Visit posted = supervisor.post("/netvaerk.xhtml", "fra=PLANTED&sorter=period");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("PLANTED").contains(m.name());
        for (int load = 0; load < 2; load++) {
            String plain = supervisor.visit("/netvaerk.xhtml").body();
            assertThat(plain).as("load " + load).contains(m.name()).doesNotContain("PLANTED");
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
        // The spread is shown to a lead only over 5 or more municipalities: with fewer it would come close to one.
        JsonNode picture = api.get("/api/network", token("lead.horsens")).json();
        picture.path("spread")
                .forEach(x -> assertThat(x.path("municipalities").asInt()).isGreaterThanOrEqualTo(5));
        // The trend is there (Horsens' own line over the demo data's three approved half-years), and every point's
        // median is shown exactly when 5 or more municipalities stand behind it.
        assertThat(picture.path("trend").size()).as("trend points").isGreaterThan(0);
        picture.path("trend").forEach(p -> {
            boolean hidden = p.path("median").isNull() || p.path("median").isMissingNode();
            assertThat(hidden)
                    .as(p.toString())
                    .isEqualTo(p.path("municipalities").asInt() < 5);
        });
        // Asking for another municipality's trend is "not found", never its figures.
        assertThat(api.get("/api/network?municipality=roskilde", token("lead.horsens"))
                        .body())
                .doesNotContain("Roskilde");
    }

    @Test
    @DisplayName("key figures and outcomes per municipality: caseload against the norm, shares, exits against the 75 %"
            + " target; 3 young people in an internship and 2 returners are '< 5' on the page and absent from the API")
    void outcomes() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        JsonNode draft = assessments.start(lead, Periods.halfYear(1));
        long id = draft.path("id").asLong();
        com.fasterxml.jackson.databind.node.ObjectNode body = Assessments.ratingsBody(draft, Map.of(), 4);
        com.fasterxml.jackson.databind.node.ObjectNode justifications = Json.object();
        draft.path("items").forEach(i -> justifications.put(i.path("code").asText(), "Begrundet i teamet"));
        body.set("justifications", justifications);
        body.set(
                "keyFigures",
                Json.object(
                        "enrolledYouth", 40,
                        "consultantFte", 2.5,
                        "youthInInternship", 3,
                        "internshipsStarted", 10,
                        "internshipsChosenByYouth", 6,
                        "exitsToJob", 6,
                        "exitsToEducation", 9,
                        "exitsOther", 5,
                        "returners", 2));
        JsonNode saved = assessments.saved(lead, id, body);
        JsonNode submitted = assessments.transitioned(
                lead, id, "submit", saved.path("version").asLong());
        assessments.transitioned(
                token("supervisor.anna"),
                id,
                "approve",
                submitted.path("version").asLong());

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/netvaerk.xhtml");
            List<String> cells = new ArrayList<>();
            for (WebElement cell : browser.waitFor(By.id("outcomes"))
                    .findElements(By.cssSelector("tr[data-municipality=" + m.slug() + "] > *"))) {
                cells.add(cell.getText().trim());
            }
            // 40 / 2.5 = 16 per consultant; 6 of 10 internships chosen; (6 + 9) / 20 exits = 75 %.
            assertThat(cells)
                    .containsExactly(m.name(), Periods.halfYear(1), "40", "16,0", "< 5", "60 %", "75 %", "< 5");
        }
        // The CSV export holds what the page holds: the same row, "< 5" included, for Danish Excel.
        String csv = WebSession.logIn(servers.hub(), "supervisor.anna").text("/netvaerk.csv?tabel=resultater");
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.lines()
                        .filter(l -> l.startsWith("\"" + m.name() + "\""))
                        .findFirst()
                        .orElseThrow())
                .isEqualTo("\"" + m.name() + "\";\"" + Periods.halfYear(1)
                        + "\";\"40\";\"16,0\";\"< 5\";\"60 %\";\"75 %\";\"< 5\"");
        assertThat(WebSession.logIn(servers.hub(), m.lead()).text("/netvaerk.csv?tabel=scorer"))
                .doesNotContain("Roskilde")
                .contains(m.name());
        JsonNode network = api.get("/api/network", token("supervisor.anna")).json();
        // With the network's total of returners published, the 2 cannot stand alone as the only hidden count: the
        // total minus the shown ones would give it away (secondary suppression). Same for enrolled young people.
        for (String count : List.of("returners", "enrolledYouth")) {
            int hidden = 0;
            for (JsonNode row : network.path("figures")) {
                for (JsonNode f : row.path("figures")) {
                    if (f.path("code").asText().equals(count)
                            && f.path("suppressed").asBoolean()) {
                        hidden++;
                    }
                }
            }
            boolean totalShown = false;
            for (JsonNode t : network.path("totals")) {
                if (t.path("code").asText().equals(count)) {
                    totalShown = !t.path("suppressed").asBoolean();
                }
            }
            if (totalShown) {
                assertThat(hidden)
                        .as(count + ": hidden cells beside a published total")
                        .isNotEqualTo(1);
            }
        }
        JsonNode figures = null;
        for (JsonNode f : network.path("figures")) {
            if (f.path("municipality").asText().equals(m.slug())) {
                figures = f.path("figures");
            }
        }
        assertThat(figures).isNotNull();
        for (JsonNode f : figures) {
            if (List.of("inInternship", "returners").contains(f.path("code").asText())) {
                assertThat(f.path("suppressed").asBoolean()).as(f.toString()).isTrue();
                assertThat(f.path("value").isNull() || f.path("value").isMissingNode())
                        .as(f.toString())
                        .isTrue();
            }
        }
    }

    @Test
    @DisplayName("calibration: after the supervisor rates MS3 at 2 where the team said 4, the gap per item and the mean"
            + " difference per municipality appear, narrowing from 1,5 to 1,0, with MS3 persistent")
    void calibration() {
        TestMunicipality m = servers.newMunicipality();
        reviewedAndApproved(m, Periods.halfYear(2), Map.of("MS3", 2, "AI1", 3));
        reviewedAndApproved(m, Periods.halfYear(1), Map.of("MS3", 2, "AI1", 4));
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/netvaerk.xhtml");
            List<String> cells = new ArrayList<>();
            for (WebElement cell : browser.waitFor(By.id("calibration"))
                    .findElements(By.cssSelector("tr[data-municipality=" + m.slug() + "] > *"))) {
                cells.add(cell.getText().trim());
            }
            // Team 4 throughout. Latest: MS3 4 vs 2 (apart by 2), AI1 4 vs 4: mean (2 + 0) / 2 = 1,0; before: MS3 4 vs
            // 2,
            // AI1 4 vs 3: (2 + 1) / 2 = 1,5 — narrowed; MS3 far apart in both.
            assertThat(cells)
                    .containsExactly(m.name(), Periods.halfYear(1), "2", "MS3 (4 → 2)", "1,0", "Mindre forskel", "MS3");
        }
    }

    @Test
    @DisplayName("the XLSX exports hold exactly the cells the page shows: every row and total, numbers as numbers,"
            + " '< 5' and 'skjult' as on the page")
    void xlsxHoldsThePageCells() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        approvedWithFigures(
                m, Map.of("enrolledYouth", 40, "consultantFte", 2.5, "youthInInternship", 3, "returners", 2));
        WebSession session = WebSession.logIn(servers.hub(), "supervisor.anna");
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/netvaerk.xhtml");
            browser.waitFor(By.id("outcomes"));
            for (String[] table : new String[][] {{"resultater", "outcomes"}, {"scorer", "latest"}}) {
                List<List<String>> page = tableCells(browser, table[1]);
                List<List<String>> sheet = new ArrayList<>();
                List<Boolean> numeric = new ArrayList<>();
                try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                        new org.dhatim.fastexcel.reader.ReadableWorkbook(
                                new java.io.ByteArrayInputStream(session.bytes("/netvaerk.xlsx?tabel=" + table[0])))) {
                    for (org.dhatim.fastexcel.reader.Row row :
                            workbook.getFirstSheet().read()) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < page.get(0).size(); c++) {
                            var cell = row.getCell(c);
                            if (cell == null || cell.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
                                cells.add("");
                            } else if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                                cells.add("#"
                                        + cell.asNumber().stripTrailingZeros().toPlainString());
                                numeric.add(true);
                            } else {
                                cells.add(cell.asString());
                            }
                        }
                        sheet.add(cells);
                    }
                }
                assertThat(sheet).as(table[0]).hasSameSizeAs(page);
                assertThat(numeric).as(table[0] + ": numbers stored as numbers").isNotEmpty();
                for (int r = 0; r < page.size(); r++) {
                    List<String> expected = new ArrayList<>();
                    for (int c = 0; c < page.get(r).size(); c++) {
                        String shown = page.get(r).get(c);
                        expected.add(sheet.get(r).get(c).startsWith("#") ? "#" + danishNumber(shown) : shown);
                    }
                    assertThat(sheet.get(r)).as(table[0] + " row " + r).isEqualTo(expected);
                }
                // The test municipality's small counts are on the sheet as the page shows them.
                if (table[0].equals("resultater")) {
                    assertThat(sheet)
                            .anySatisfy(row ->
                                    assertThat(row).startsWith(m.name(), Periods.halfYear(1), "#40", "#16", "< 5"));
                }
            }
        }
    }

    @Test
    @DisplayName("a secondary-suppressed count is marked 'skjult', not '< 5': it is 5 or more, hidden only so the"
            + " total cannot give a small one away")
    void complementaryCellsAreMarkedApart() {
        // Two paused municipalities of this test's own, viewed alone with the status filter: 2 returners and 9.
        TestMunicipality small = servers.newMunicipality();
        TestMunicipality other = servers.newMunicipality();
        approvedWithFigures(small, Map.of("enrolledYouth", 40, "consultantFte", 2.5, "returners", 2));
        approvedWithFigures(other, Map.of("enrolledYouth", 50, "consultantFte", 2.5, "returners", 9));
        String admin = token("admin");
        for (TestMunicipality m : List.of(small, other)) {
            long version = api.get("/api/municipalities/" + m.slug(), admin)
                    .json()
                    .path("version")
                    .asLong();
            assertThat(api.put(
                                    "/api/municipalities/" + m.slug() + "/status",
                                    admin,
                                    Json.object("status", "PAUSED", "version", version))
                            .status())
                    .isEqualTo(200);
        }
        JsonNode network =
                api.get("/api/network?status=PAUSED", token("supervisor.anna")).json();
        // The 2 is small; with the total of returners published, the 9 (or the total) is hidden beside it, and marked
        // as hidden for that reason — it is not under 5.
        assertThat(returners(network, small.slug()).path("suppressed").asBoolean())
                .isTrue();
        assertThat(returners(network, small.slug()).path("complementary").asBoolean())
                .isFalse();
        JsonNode nine = returners(network, other.slug());
        JsonNode total = null;
        for (JsonNode t : network.path("totals")) {
            if (t.path("code").asText().equals("returners")) {
                total = t;
            }
        }
        assertThat(total).isNotNull();
        assertThat(nine.path("complementary").asBoolean()
                        || total.path("complementary").asBoolean())
                .as(network.toString())
                .isTrue();
        if (nine.path("suppressed").asBoolean()) {
            assertThat(nine.path("value").isNull() || nine.path("value").isMissingNode())
                    .isTrue();
        }
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/netvaerk.xhtml?status=PAUSED");
            List<List<String>> rows = tableCells(browser, "outcomes");
            int returners = rows.get(0).size() - 1;
            assertThat(rows.stream().map(r -> r.get(returners))).contains("skjult", "< 5");
            assertThat(browser.text(By.id("suppression-note"))).contains("skjult");
        }
    }

    private static JsonNode returners(JsonNode network, String slug) {
        for (JsonNode row : network.path("figures")) {
            if (row.path("municipality").asText().equals(slug)) {
                for (JsonNode f : row.path("figures")) {
                    if (f.path("code").asText().equals("returners")) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no returners for " + slug + " in " + network);
    }

    @Test
    @DisplayName("the principle filter shows one principle's trend and alerts; an unknown principle is a 400 naming"
            + " the field")
    void principleFilter() {
        String supervisor = token("supervisor.anna");
        JsonNode only = api.get("/api/network?principle=MS", supervisor).json();
        assertThat(only.path("trend")).isNotEmpty();
        only.path("trend").forEach(p -> assertThat(p.path("section").asText()).isEqualTo("MS"));
        only.path("alerts").forEach(a -> assertThat(a.path("section").asText()).isEqualTo("MS"));
        Api.Answer wrong = api.get("/api/network?principle=XX", supervisor);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("principle");
    }

    @Test
    @DisplayName("a municipality whose Magtskifte has no score (every item 'kan ikke vurderes') stands in the scores"
            + " export with '–' there, in CSV and XLSX alike")
    void principleWithoutAScoreInTheExports() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        // Every Magtskifte item not assessable (MS5 only where the version has it): no MS score, the rest 4.0.
        new Assessments(api)
                .approved(m, Periods.halfYear(1), Map.of("MS1", 9, "MS2", 9, "MS3", 9, "MS4", 9, "MS5", 9), 4);
        WebSession session = WebSession.logIn(servers.hub(), "supervisor.anna");
        String row = session.text("/netvaerk.csv?tabel=scorer")
                .lines()
                .filter(l -> l.startsWith("\"" + m.name() + "\""))
                .findFirst()
                .orElseThrow();
        assertThat(row).startsWith("\"" + m.name() + "\";\"" + Periods.halfYear(1) + "\";\"4,0\";\"4,0\";\"–\"");
        assertThat(session.bytes("/netvaerk.xlsx?tabel=scorer")).isNotEmpty();
    }

    private void approvedWithFigures(TestMunicipality m, Map<String, Number> figures) {
        approvedWithFigures(m, new Assessments(api).start(token(m.lead()), Periods.halfYear(1)), figures);
    }

    /** The draft rated 4 throughout, with the figures, submitted and approved. */
    private void approvedWithFigures(TestMunicipality m, JsonNode draft, Map<String, Number> figures) {
        new Assessments(api).approvedJustified(token(m.lead()), draft, figures);
    }

    @Test
    @DisplayName("internships under instrument 2.0: 300 ended with 20 + 18 + 10 self-supporting reads 16 %, split"
            + " 42 % / 38 % / 21 %, on Netværket, per period and in the CSV; the municipality's lead sees that row, the"
            + " network's rows under it and no other municipality")
    void internshipOutcomes() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        JsonNode draft;
        long active =
                api.get("/api/instruments/active", admin).json().path("version").asLong();
        Api.Answer chosen = api.put(
                "/api/instruments/active",
                admin,
                Json.object("instrument", "nextwork-fidelity@2.0", "version", active));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        try {
            draft = new Assessments(api).start(token(m.lead()), Periods.halfYear(1));
        } finally {
            // The draft keeps 2.0; the rest of the suite goes on under 1.0.
            JsonNode now = api.get("/api/instruments/active", admin).json();
            assertThat(api.put(
                                    "/api/instruments/active",
                                    admin,
                                    Json.object("instrument", "nextwork-fidelity@1.0", "version", now.path("version")))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(draft.path("instrumentVersion").asText()).isEqualTo("2.0");
        approvedWithFigures(
                m,
                draft,
                Map.of(
                        "internshipsStarted", 320,
                        "internshipsEnded", 300,
                        "youthEndedInternship", 300,
                        "selfSupportingOrdinaryJob", 20,
                        "selfSupportingFlexJob", 18,
                        "selfSupportingEducation", 10));
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/netvaerk.xhtml");
            browser.waitFor(By.id("internships"));
            assertThat(browser.text(By.cssSelector("#internships thead")))
                    .contains(
                            "Selvforsørgende efter praktik",
                            "Heraf ordinært job",
                            "Heraf fleksjob",
                            "Heraf uddannelse");
            // (20 + 18 + 10) / 300 = 16 %; 20/48 = 41,7 %, 18/48 = 37,5 % (half up), 10/48 = 20,8 %.
            assertThat(row(browser, "#internships", m.slug()))
                    .containsExactly(m.name(), Periods.halfYear(1), "300", "16 %", "42 %", "38 %", "21 %");
            assertThat(browser.isPresent(By.cssSelector("#internships tfoot tr[data-total=network]")))
                    .isTrue();
            assertThat(browser.text(By.cssSelector("#internships tfoot")))
                    .contains("Kommuner over 20 %", "Kommuner over 30 %");
            assertThat(browser.isPresent(
                            By.cssSelector("#internship-periods tr[data-period='" + Periods.halfYear(1) + "']")))
                    .isTrue();
            // The report itself shows the outcome beside its scores.
            browser.open(servers.hub() + "/rapport.xhtml?id=" + draft.path("id").asLong());
            assertThat(browser.text(By.cssSelector("#report-outcomes tr[data-outcome=selfSupportingAfterInternship]")))
                    .isEqualTo("Selvforsørgende efter praktik 16 %");
            assertThat(browser.text(By.cssSelector("#report-outcomes tr[data-outcome=selfSupportingFlexJobShare]")))
                    .isEqualTo("Heraf fleksjob 38 %");
        }
        String csv = WebSession.logIn(servers.hub(), "supervisor.anna").text("/netvaerk.csv?tabel=praktikker");
        assertThat(csv.lines().filter(l -> l.contains(m.name())))
                .singleElement()
                .asString()
                .contains("\"300\";\"16 %\";\"42 %\";\"38 %\";\"21 %\"");

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.open(servers.hub() + "/netvaerk.xhtml");
            browser.waitFor(By.id("internships"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#internships tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getAttribute("data-municipality")).isEqualTo(m.slug());
            assertThat(row(browser, "#internships", m.slug()))
                    .containsExactly(m.name(), Periods.halfYear(1), "300", "16 %", "42 %", "38 %", "21 %");
            assertThat(browser.text(By.cssSelector("#internships tfoot tr[data-total=network]")))
                    .startsWith("Netværket");
            assertThat(browser.driver().getPageSource())
                    .doesNotContain("Roskilde")
                    .doesNotContain("Horsens");
        }
    }

    /** A table's header, body and footer cells as the page shows them. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> tableCells(Browser browser, String id) {
        return (List<List<String>>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "return [...document.querySelectorAll('#' + arguments[0] + ' thead tr, #' + arguments[0]"
                                + " + ' tbody tr, #' + arguments[0] + ' tfoot tr')]"
                                + ".map(r => [...r.children].map(c => c.innerText.trim()))",
                        id);
    }

    /** A number as the Danish page shows it ("1.200", "16,0", "60 %") in plain notation ("1200", "16", "0.6"). */
    private static String danishNumber(String shown) {
        boolean percent = shown.endsWith(" %");
        BigDecimal value =
                new BigDecimal(shown.replace(" %", "").replace(".", "").replace(',', '.'));
        return (percent ? value.movePointLeft(2) : value).stripTrailingZeros().toPlainString();
    }

    private void reviewedAndApproved(TestMunicipality m, String period, Map<String, Integer> supervisorRatings) {
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        JsonNode draft = assessments.start(lead, period);
        long id = draft.path("id").asLong();
        JsonNode saved = assessments.saved(lead, id, Assessments.ratingsBody(draft, Map.of(), 4));
        JsonNode submitted = assessments.transitioned(
                lead, id, "submit", saved.path("version").asLong());
        String supervisor = token("supervisor.anna");
        JsonNode reviewed = assessments.reviewed(
                supervisor,
                id,
                Json.object("version", submitted.path("version").asLong(), "ratings", supervisorRatings));
        assessments.transitioned(
                supervisor, id, "approve", reviewed.path("version").asLong());
    }

    private static List<String> row(Browser browser, String slug) {
        return row(browser, "#latest", slug);
    }

    private static List<String> row(Browser browser, String table, String slug) {
        List<String> cells = new ArrayList<>();
        for (WebElement cell :
                browser.driver().findElements(By.cssSelector(table + " tr[data-municipality=" + slug + "] > *"))) {
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

    /** A score as the API writes it ("59/18"), read by the instrument's own reading of fractions. */
    private static BigDecimal fraction(String exact) {
        Ratio r = Ratio.parse(exact);
        return BigDecimal.valueOf(r.numerator()).divide(BigDecimal.valueOf(r.denominator()), MathContext.DECIMAL64);
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    /** A score as every page shows it (the instrument's display rule, pinned by ShownScoreTest), in Danish. */
    private static String oneDecimal(BigDecimal value) {
        return ShownScore.of(value, BANDS).toPlainString().replace('.', ',');
    }
}
