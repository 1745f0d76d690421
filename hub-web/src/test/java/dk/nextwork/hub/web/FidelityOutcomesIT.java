package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Fidelity against outcomes through the API, on a hand-made network of nine municipalities in two half-years of a
 * year no other test uses, stored as approved reports are (fidelity frozen as a fraction, exits as key figures). The
 * nine are fidelity-rules' RankCorrelationTest's: fidelity 3.2, 3.8, 4.1, 2.9, 3.8, 4.5, 3.5, 4.0, 2.7 (ties at 3.8)
 * against exits into job or education of 6/20, 21/50, 11/20, 7/25, 8/20, 61/100, 6/20, 47/100, 7/20 (ties at 0.30),
 * and the period before 3.0, 3.6, 4.2, 3.1, 3.6, 4.4, 3.3, 3.7, 2.8. Worked out apart, in plain Python without a
 * statistics package (average ranks for ties, the Pearson correlation of the ranks, Fisher's z with Bonett and
 * Wright's standard error √((1 + ρ²/2)/(n − 3)) and 1.959964): ρ 0.890756 (0.446189 to 0.982716), lagged 0.865546
 * (0.360034 to 0.978163). Two more municipalities have fidelity and must stay out: one with 4 exits, one with none.
 */
@DisplayName("Fidelity against outcomes (API)")
class FidelityOutcomesIT extends HubTest {

    private static final String[] NOW = {"16/5", "19/5", "41/10", "29/10", "19/5", "9/2", "7/2", "4", "27/10"};
    private static final String[] BEFORE = {"3", "18/5", "21/5", "31/10", "18/5", "22/5", "33/10", "37/10", "14/5"};
    private static final int[][] EXITS = {
        {3, 3, 14}, {11, 10, 29}, {6, 5, 9}, {4, 3, 18}, {4, 4, 12}, {31, 30, 39}, {2, 4, 14}, {25, 22, 53}, {4, 3, 13}
    };

    private int year;
    private final List<String> made = new ArrayList<>();
    private TestMunicipality leadsOwn;

    @BeforeEach
    void network() throws SQLException {
        year = 1920 + ThreadLocalRandom.current().nextInt(70);
        leadsOwn = servers.newMunicipality();
        try (Connection c = servers.connect()) {
            c.setAutoCommit(false);
            period(c, year + "-H1", year + "-01-01", year + "-06-30");
            period(c, year + "-H2", year + "-07-01", year + "-12-31");
            String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36);
            for (int i = 0; i < 11; i++) {
                String slug = i == 0 ? leadsOwn.slug() : "analyse-" + run + "-" + (char) ('a' + i);
                if (i > 0) {
                    municipality(c, slug, "Analysekommune " + run + " " + (char) ('A' + i));
                    made.add(slug);
                }
                if (i < 9) {
                    report(c, slug, year + "-H1", BEFORE[i], null);
                    report(c, slug, year + "-H2", NOW[i], EXITS[i]);
                } else if (i == 9) {
                    // 2 + 1 + 1 = 4 exits: under 5, left out.
                    report(c, slug, year + "-H2", "5", new int[] {2, 1, 1});
                } else {
                    // No exits reported: left out.
                    report(c, slug, year + "-H2", "1", null);
                }
            }
            c.commit();
        }
    }

    @AfterEach
    void remove() throws SQLException {
        try (Connection c = servers.connect();
                PreparedStatement reports = c.prepareStatement(
                        "DELETE FROM assessment WHERE period_id IN (SELECT id FROM reporting_period WHERE code LIKE ?)");
                PreparedStatement periods = c.prepareStatement("DELETE FROM reporting_period WHERE code LIKE ?");
                PreparedStatement municipality = c.prepareStatement("DELETE FROM municipality WHERE slug = ?")) {
            reports.setString(1, year + "-H_");
            reports.executeUpdate();
            periods.setString(1, year + "-H_");
            periods.executeUpdate();
            for (String slug : made) {
                municipality.setString(1, slug);
                municipality.executeUpdate();
            }
        }
    }

    @Test
    @DisplayName(
            "a supervisor gets nine points by name, ρ 0.891 (0.446 to 0.983) and lagged 0.866 (0.360 to 0.978), n 9,"
                    + " and the two left out counted; a lead gets the same ρ and only the own point")
    void handMadeNetwork() {
        Api.Answer answer = api.get("/api/network/fidelity-outcomes?from=" + year + "-H2", token("supervisor.anna"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode view = answer.json();
        assertThat(view.path("from").asText()).isEqualTo(year + "-H2");
        assertThat(view.path("fidelity").asText()).isEqualTo("total");
        assertThat(view.path("outcome").asText()).isEqualTo("exits");
        assertThat(view.path("points")).hasSize(9);
        assertThat(view.path("points").findValuesAsText("municipality")).contains(leadsOwn.slug());
        assertThat(view.path("withFidelity").asInt()).isEqualTo(11);
        assertThat(view.path("leftOutSmall").asInt()).isEqualTo(1);
        assertThat(view.path("leftOutNoOutcome").asInt()).isEqualTo(1);
        correlation(view.path("correlation"), 9, 0.890756, 0.446189, 0.982716);
        correlation(view.path("lagged"), 9, 0.865546, 0.360034, 0.978163);
        assertThat(view.path("references").findValues("share"))
                .extracting(JsonNode::decimalValue)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("0.75"), new java.math.BigDecimal("0.3"));
        assertThat(view.path("periods").findValuesAsText("period")).contains(year + "-H1", year + "-H2");

        // The lead: the network's ρ, and one point, its own.
        Api.Answer lead = api.get("/api/network/fidelity-outcomes?from=" + year + "-H2", token(leadsOwn.lead()));
        assertThat(lead.status()).as(lead.body()).isEqualTo(200);
        assertThat(lead.json().path("points")).singleElement().satisfies(p -> {
            assertThat(p.path("municipality").asText()).isEqualTo(leadsOwn.slug());
            assertThat(p.path("fidelity").decimalValue()).isEqualByComparingTo("3.2");
            assertThat(p.path("share").decimalValue()).isEqualByComparingTo("0.3");
        });
        correlation(lead.json().path("correlation"), 9, 0.890756, 0.446189, 0.982716);
        assertThat(lead.body()).doesNotContain("Analysekommune");
        assertThat(made).allSatisfy(slug -> assertThat(lead.body()).doesNotContain(slug));

        // A researcher: the same ρ, but not the five dots whose share holds a count under 5 (a: 3 to job, d, e, g, i).
        JsonNode researcher = api.get("/api/network/fidelity-outcomes?from=" + year + "-H2", token("researcher.ifs"))
                .json();
        correlation(researcher.path("correlation"), 9, 0.890756, 0.446189, 0.982716);
        assertThat(researcher.path("points")).hasSize(4);
        assertThat(researcher.path("withheld").asInt()).isEqualTo(5);
        assertThat(researcher.path("points").findValuesAsText("municipality")).doesNotContain(leadsOwn.slug());
    }

    @Test
    @DisplayName(
            "principle AI, which ranks them the other way round, gives ρ −0.891; the two half-years pooled give the"
                    + " second's figures (the first has no exits); returners, which none reported, leave all 11 out")
    void choices() {
        String supervisor = token("supervisor.anna");
        correlation(
                api.get("/api/network/fidelity-outcomes?from=" + year + "-H2&principle=AI", supervisor)
                        .json()
                        .path("correlation"),
                9,
                -0.890756,
                -0.982716,
                -0.446189);
        JsonNode pooled = api.get("/api/network/fidelity-outcomes?from=" + year + "-H1&to=" + year + "-H2", supervisor)
                .json();
        assertThat(pooled.path("from").asText()).isEqualTo(year + "-H1");
        assertThat(pooled.path("to").asText()).isEqualTo(year + "-H2");
        correlation(pooled.path("correlation"), 9, 0.890756, 0.446189, 0.982716);
        correlation(pooled.path("lagged"), 9, 0.865546, 0.360034, 0.978163);
        JsonNode returners = api.get(
                        "/api/network/fidelity-outcomes?from=" + year + "-H2&outcome=returners", supervisor)
                .json();
        assertThat(returners.path("points")).isEmpty();
        assertThat(returners.path("leftOutNoOutcome").asInt()).isEqualTo(11);
        assertThat(returners.path("references")).isEmpty();
    }

    @Test
    @DisplayName("Netværket shows a supervisor the nine dots and their table, ρ with its interval, the two left out and"
            + " a strong association in words, in Danish and in English; a lead's Netværket has no such section")
    void page() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/netvaerk.xhtml?analyse-fra=" + year + "-H2&analyse-til=" + year + "-H2");
            browser.waitFor(By.cssSelector("#fidelity-outcomes-details > summary"))
                    .click();
            browser.waitFor(By.id("fidelity-outcomes-points"));
            assertThat(browser.driver().findElements(By.cssSelector("#fidelity-outcomes svg circle")))
                    .hasSize(9);
            assertThat(browser.driver().findElements(By.cssSelector("#fidelity-outcomes .hub-reference")))
                    .hasSize(2);
            assertThat(browser.driver().findElements(By.cssSelector("#fidelity-outcomes-points tbody tr")))
                    .hasSize(9);
            assertThat(browser.text(By.cssSelector(
                            "#fidelity-outcomes-points tr[data-municipality='" + leadsOwn.slug() + "']")))
                    .isEqualTo(leadsOwn.name() + " 3,2 30 %");
            assertThat(browser.text(By.id("fidelity-outcomes-rho")))
                    .isEqualTo("Rangkorrelation (Spearmans ρ): 0,89 (95 %-interval 0,45 til 0,98), n = 9");
            assertThat(browser.text(By.id("fidelity-outcomes-lagged")))
                    .isEqualTo("Med fideliteten fra perioden før: ρ 0,87 (95 %-interval 0,36 til 0,98), n = 9");
            assertThat(browser.text(By.id("fidelity-outcomes-left-out")))
                    .isEqualTo("Udeladt: 1 kommune med under 5 afgange og 1 uden tal for afgange, af 11 med fidelitet"
                            + " i perioden.");
            assertThat(browser.isPresent(By.id("fidelity-outcomes-withheld"))).isFalse();
            assertThat(browser.text(By.id("fidelity-outcomes-reading"))).contains("stærk sammenhæng");
            assertThat(browser.text(By.id("fidelity-outcomes-caveat"))).contains("ikke en effekt");
            assertThat(browser.text(By.cssSelector("#fidelity-outcomes-periods tr[data-period='" + year + "-H2']")))
                    .contains("9", "0,89 (0,45 til 0,98)", "0,87 (0,36 til 0,98)");

            // A choice that is no period: its error at the field, the choices rendered anew, not kept ones. Then the
            // analysis' own address again: the kept choices, with no error and the period chosen.
            browser.open(servers.hub() + "/netvaerk.xhtml?analyse-fra=abc");
            assertThat(browser.text(By.id("analyse-fra-error"))).isNotBlank();
            assertThat(browser.attribute(By.id("analyse-fra"), "aria-invalid")).isEqualTo("true");
            browser.open(servers.hub() + "/netvaerk.xhtml?analyse-fra=" + year + "-H2&analyse-til=" + year + "-H2");
            assertThat(browser.driver().findElement(By.id("analyse-fra-error")).getAttribute("textContent"))
                    .isEmpty();
            assertThat(browser.attribute(By.id("analyse-fra"), "aria-invalid")).isEqualTo("false");
            assertThat(browser.attribute(By.cssSelector("#analyse-fra option[value='" + year + "-H2']"), "selected"))
                    .isNotNull();

            // English, then Danish again: the choice is the user's own, kept for every later test of the run.
            browser.submit(By.id("lang-en"));
            try {
                browser.waitForText(By.id("fidelity-outcomes-heading"), "Fidelity and outcomes");
                browser.open(servers.hub() + "/netvaerk.xhtml?analyse-fra=" + year + "-H2");
                assertThat(browser.text(By.id("fidelity-outcomes-rho")))
                        .isEqualTo("Rank correlation (Spearman's ρ): 0.89 (95 % interval 0.45 to 0.98), n = 9");
                assertThat(browser.text(By.id("fidelity-outcomes-reading"))).contains("strong association");
            } finally {
                browser.submit(By.id("lang-da"));
                browser.waitForText(By.id("fidelity-outcomes-heading"), "Fidelitet og resultater");
            }
        }
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "researcher.ifs");
            browser.open(servers.hub() + "/netvaerk.xhtml?analyse-fra=" + year + "-H2");
            browser.waitFor(By.id("fidelity-outcomes-rho"));
            assertThat(browser.driver().findElements(By.cssSelector("#fidelity-outcomes svg circle")))
                    .hasSize(4);
            assertThat(browser.text(By.id("fidelity-outcomes-withheld")))
                    .startsWith("5 kommuners prikker er skjult, fordi et antal unge i deres andel er under 5.");
            assertThat(browser.text(By.id("fidelity-outcomes-rho")))
                    .isEqualTo("Rangkorrelation (Spearmans ρ): 0,89 (95 %-interval 0,45 til 0,98), n = 9");
        }
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), leadsOwn.lead());
            browser.open(servers.hub() + "/netvaerk.xhtml?analyse-fra=" + year + "-H2");
            browser.waitFor(By.id("figures-heading"));
            assertThat(browser.isPresent(By.id("fidelity-outcomes"))).isFalse();
            String source = browser.driver().getPageSource();
            assertThat(source).doesNotContain("Analysekommune");
            assertThat(made).allSatisfy(slug -> assertThat(source).doesNotContain(slug));
        }
    }

    @Test
    @DisplayName("the researcher's extract holds the API's fidelity and exit shares for the nine, \"< 5\" and no share"
            + " for the municipality with 4 exits; its codebook names every column; the spreadsheet has the same rows"
            + " and the codebook; each download is in the admin's data-use log, and a lead gets none")
    void extract() throws Exception {
        JsonNode view = api.get("/api/network/fidelity-outcomes?from=" + year + "-H2", token("supervisor.anna"))
                .json();
        WebSession researcher = WebSession.logIn(servers.hub(), "researcher.ifs");
        List<List<String>> rows = csv(researcher.text("/analyse.csv"));
        List<String> header = rows.get(0);
        int municipality = header.indexOf("municipality");
        int period = header.indexOf("period");
        int fidelity = header.indexOf("fidelity");
        int share = header.indexOf("exits_to_work_share");
        int job = header.indexOf("fig_exitsToJob");
        java.util.Map<String, List<String>> ours = new java.util.HashMap<>();
        rows.stream().filter(r -> r.get(period).equals(year + "-H2")).forEach(r -> ours.put(r.get(municipality), r));
        assertThat(ours).hasSize(11);
        int compared = 0;
        for (JsonNode point : view.path("points")) {
            List<String> row = ours.get(point.path("municipality").asText());
            assertThat(new java.math.BigDecimal(row.get(fidelity)))
                    .as(point.toString())
                    .isEqualByComparingTo(point.path("fidelity").decimalValue());
            if (point.path("smallCount").asBoolean()) {
                // A count under 5 in the share: the share, which would give it away beside the others, is empty.
                assertThat(row.get(share)).as(point.toString()).isEmpty();
            } else {
                assertThat(new java.math.BigDecimal(row.get(share)))
                        .as(point.toString())
                        .isEqualByComparingTo(point.path("share").decimalValue());
                compared++;
            }
        }
        // b, c, f and h have every count at 5 or more.
        assertThat(compared).isEqualTo(4);
        // The lead's own (3 to job, 3 to education, 14 other): "< 5", "< 5", 14 and no share.
        assertThat(ours.get(leadsOwn.slug()).get(job)).isEqualTo("< 5");
        assertThat(ours.get(leadsOwn.slug()).get(header.indexOf("fig_exitsOther")))
                .isEqualTo("14");
        assertThat(ours.get(leadsOwn.slug()).get(share)).isEmpty();
        // The tenth (exits 2 + 1 + 1): the count of 2 hidden, and no share; the eleventh reported no exits.
        List<String> small = ours.get(made.get(8));
        assertThat(small.get(job)).isEqualTo("< 5");
        assertThat(small.get(share)).isEmpty();
        assertThat(ours.get(made.get(9)).get(share)).isEmpty();
        assertThat(rows.get(1).get(header.indexOf("extract_version"))).isEqualTo("1.0");

        List<List<String>> codebook = csv(researcher.text("/analyse-kodebog.csv"));
        assertThat(codebook.stream().skip(1).map(r -> r.get(0)).filter(c -> !c.equals("#")))
                .containsExactlyElementsOf(header);
        assertThat(codebook.stream().skip(1).filter(r -> !r.get(0).equals("#")))
                .allSatisfy(r -> assertThat(r.subList(1, 5)).doesNotContain(""));

        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(researcher.bytes("/analyse.xlsx")))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets =
                    workbook.getSheets().toList();
            assertThat(sheets)
                    .extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .containsExactly("Data", "Kodebog");
            List<org.dhatim.fastexcel.reader.Row> sheetRows = sheets.get(0).read();
            assertThat(sheetRows).hasSize(rows.size());
            // b: fidelity 3.8, 21 of 50 exits into job or education.
            org.dhatim.fastexcel.reader.Row b = sheetRows.stream()
                    .filter(r -> made.get(0).equals(r.getCellText(municipality))
                            && (year + "-H2").equals(r.getCellText(period)))
                    .findFirst()
                    .orElseThrow();
            assertThat(b.getCell(share).asNumber()).isEqualByComparingTo("0.42");
            assertThat(b.getCell(fidelity).asNumber()).isEqualByComparingTo("3.8");
        }

        Api.Answer log = api.get("/api/data-use", token("admin"));
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        List<JsonNode> researchers = new ArrayList<>();
        log.json().forEach(u -> {
            if (u.path("user").asText().equals("researcher.ifs")) {
                researchers.add(u);
            }
        });
        assertThat(researchers.subList(0, 3))
                .extracting(u -> u.path("format").asText())
                .containsExactly("xlsx", "codebook", "csv");
        assertThat(researchers.get(2).path("rows").asInt()).isEqualTo(rows.size() - 1);
        assertThat(researchers.get(2).path("unsuppressed").asBoolean()).isFalse();
        assertThat(WebSession.logIn(servers.hub(), "admin").text("/dataforbrug.xhtml"))
                .contains("data-user=\"researcher.ifs\"");
        assertThat(api.get("/api/data-use", token("researcher.ifs")).status()).isEqualTo(403);
        assertThat(WebSession.logIn(servers.hub(), leadsOwn.lead()).status("/analyse.csv"))
                .isEqualTo(403);
    }

    /** The Hub's CSV: a byte-order mark, semicolons, every cell in quotes. */
    private static List<List<String>> csv(String text) {
        return text.replace("\uFEFF", "")
                .lines()
                .map(line -> java.util.Arrays.stream(line.split(";", -1))
                        .map(c -> c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")
                                ? c.substring(1, c.length() - 1).replace("\"\"", "\"")
                                : c)
                        .toList())
                .toList();
    }

    @Test
    @DisplayName("an unknown outcome and a range that ends before it begins are 400s naming the field")
    void badInput() {
        Problems.assertField(
                api.get("/api/network/fidelity-outcomes?outcome=happiness", token("supervisor.anna")), "outcome");
        Problems.assertField(
                api.get(
                        "/api/network/fidelity-outcomes?from=" + year + "-H2&to=" + year + "-H1",
                        token("supervisor.anna")),
                "to");
    }

    private static void correlation(JsonNode c, int n, double rho, double lower, double upper) {
        assertThat(c.path("n").asInt()).isEqualTo(n);
        assertThat(c.path("rho").asDouble()).isCloseTo(rho, within(0.0005));
        assertThat(c.path("lower").asDouble()).isCloseTo(lower, within(0.0005));
        assertThat(c.path("upper").asDouble()).isCloseTo(upper, within(0.0005));
    }

    private static void period(Connection c, String code, String first, String last) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO reporting_period (code, first_day, last_day,"
                + " status) VALUES (?, ?::date, ?::date, 'CLOSED') ON CONFLICT (code) DO NOTHING")) {
            insert.setString(1, code);
            insert.setString(2, first);
            insert.setString(3, last);
            insert.executeUpdate();
        }
    }

    /** An active municipality with a kommunekode no real municipality and no test municipality has (880–899). */
    private static void municipality(Connection c, String slug, String name) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO municipality (slug, name, kommunekode, status)"
                + " SELECT ?, ?, min(lpad(g::text, 3, '0')), 'ACTIVE' FROM generate_series(880, 899) g"
                + " WHERE lpad(g::text, 3, '0') NOT IN (SELECT kommunekode FROM municipality)")) {
            insert.setString(1, slug);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    /** An approved report as the Hub stores one: its fidelity frozen as a fraction, its exits as key figures. */
    private static void report(Connection c, String slug, String period, String fidelity, int[] exits)
            throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO assessment (municipality_id, period_id,"
                + " instrument_id, instrument_version, state, updated_at, updated_by, submitted_at, approved_at,"
                + " scores) SELECT m.id, p.id, 'nextwork-fidelity', '1.0', 'APPROVED', now(), 'test', now(), now(), ?"
                + " FROM municipality m, reporting_period p WHERE m.slug = ? AND p.code = ? RETURNING id")) {
            // MM, MS and ST at the fidelity score; AI at 6 minus it, so AI ranks the municipalities the other way
            // round (its ρ is the total's with the sign turned) and reading a section instead of the total shows.
            String[] parts = fidelity.split("/");
            double value = Double.parseDouble(parts[0]) / (parts.length == 1 ? 1 : Double.parseDouble(parts[1]));
            String band = value >= 4 ? "high" : value >= 3 ? "adequate" : "low";
            String reversed = java.math.BigDecimal.valueOf(6)
                    .subtract(java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP))
                    .stripTrailingZeros()
                    .toPlainString();
            StringBuilder sections = new StringBuilder();
            for (String section : List.of("AI", "MM", "MS", "ST")) {
                sections.append(sections.length() == 0 ? "" : ",")
                        .append("{\"code\":\"")
                        .append(section)
                        .append("\",\"score\":\"")
                        .append(section.equals("AI") ? reversed : fidelity)
                        .append("\",\"band\":\"")
                        .append(band)
                        .append("\",\"rated\":4,\"cannotBeAssessed\":0,\"notRated\":0}");
            }
            insert.setString(
                    1,
                    "{\"format\":2,\"scoredWith\":\"nextwork-fidelity@1.0\",\"sections\":[" + sections
                            + "],\"fidelity\":\"" + fidelity + "\",\"band\":\"" + band
                            + "\",\"actionPlan\":[],\"implied\":[],"
                            + "\"evidenceFindings\":[]}");
            insert.setString(2, slug);
            insert.setString(3, period);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        if (exits == null) {
            return;
        }
        String[] figures = {"exitsToJob", "exitsToEducation", "exitsOther"};
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO assessment_key_figure (assessment_id, figure, value) VALUES (?, ?, ?)")) {
            for (int f = 0; f < 3; f++) {
                insert.setLong(1, id);
                insert.setString(2, figures[f]);
                insert.setInt(3, exits[f]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
