package dk.nextwork.hub.interfaces.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.web.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Netværket's tables as the page shows them and its CSV and XLSX exports write them, from a picture built by hand: the
 * Danish texts a reader sees, and the numbers a spreadsheet gets.
 */
@DisplayName("Netværket's tables")
class NetworkTablesTest {

    private static final NetworkWords WORDS = new NetworkWords(
            Language.DANISH,
            Map.of("AI", "Arbejdsidentitet", "MM", "Mange til mange", "MS", "Magtskifte", "ST", "Struktur og team")
                    ::get,
            List.of("AI", "MM", "MS"));

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static NetworkView.MunicipalityScores municipality(
            String slug, String name, long id, String period, String ai, String mm, String ms, String st) {
        return new NetworkView.MunicipalityScores(
                slug,
                name,
                "ACTIVE",
                id,
                period,
                List.of(
                        new NetworkView.Score("AI", ai, d(ai)),
                        new NetworkView.Score("MM", mm, d(mm)),
                        new NetworkView.Score("MS", ms, d(ms)),
                        new NetworkView.Score("ST", st, d(st))));
    }

    /** Instrument 2.0's columns as fidelity-instrument-v2-draft.md names them (labels as the instrument file has them). */
    private static final List<NetworkView.Column> COLUMNS = List.of(
            column("enrolledYouth", "outcomes", "count", "Indskrevne unge"),
            column("caseload", "outcomes", "ratio", "Unge pr. konsulent (norm 15–22)"),
            column("inInternship", "outcomes", "share", "Andel i praktik"),
            column("chosenByYouth", "outcomes", "share", "Praktikker valgt af de unge"),
            column("exitsToWork", "outcomes", "share", "Afgange til job eller uddannelse (mål 75 %)"),
            column("returners", "outcomes", "count", "Gengangere"),
            column("youthEndedInternship", "internships", "count", "Unge, der har afsluttet praktik"),
            column("selfSupportingAfterInternship", "internships", "share", "Selvforsørgende efter praktik"),
            column("selfSupportingOrdinaryJobShare", "internships", "share", "Heraf ordinært job"),
            column("selfSupportingFlexJobShare", "internships", "share", "Heraf fleksjob"),
            column("selfSupportingEducationShare", "internships", "share", "Heraf uddannelse"));

    private static NetworkView.Column column(String code, String table, String show, String label) {
        return new NetworkView.Column(code, table, show, label, label + " (en)");
    }

    private static NetworkView.Figure shown(String code, String value) {
        return NetworkView.Figure.shown(code, d(value));
    }

    /** Horsens (the municipality chosen) and Roskilde, with what each table is built from. */
    private static NetworkView view() {
        return new NetworkView(
                List.of("AI", "MM", "MS", "ST"),
                List.of(
                        // MS has no score (every item "kan ikke vurderes").
                        municipality("horsens", "Horsens", 11, "2025-H1", "4", "2.75", null, "3.97"),
                        municipality("roskilde", "Roskilde", 12, "2025-H2", "4.5", "3.95", "3.04", "5")),
                COLUMNS,
                List.of(
                        new NetworkView.MunicipalityFigures(
                                "horsens",
                                List.of(
                                        shown("enrolledYouth", "40"),
                                        shown("caseload", "16.0000"),
                                        NetworkView.Figure.small("inInternship"),
                                        shown("chosenByYouth", "0.6000"),
                                        shown("exitsToWork", "0.7500"),
                                        NetworkView.Figure.small("returners"))),
                        new NetworkView.MunicipalityFigures(
                                "roskilde",
                                List.of(
                                        shown("enrolledYouth", "1200"),
                                        shown("caseload", "21.8182"),
                                        shown("inInternship", "0.4567"),
                                        shown("chosenByYouth", null),
                                        shown("exitsToWork", "0.3333"),
                                        NetworkView.Figure.complementary("returners"),
                                        // 1,107 ended; 60 + 64 + 31 = 155 self-supporting (STAR's example).
                                        shown("youthEndedInternship", "1107"),
                                        shown("selfSupportingAfterInternship", "0.1400"),
                                        shown("selfSupportingOrdinaryJobShare", "0.3871"),
                                        shown("selfSupportingFlexJobShare", "0.4129"),
                                        NetworkView.Figure.small("selfSupportingEducationShare")))),
                List.of(
                        shown("enrolledYouth", "1240"),
                        NetworkView.Figure.complementary("returners"),
                        shown("youthEndedInternship", "1107"),
                        shown("selfSupportingAfterInternship", "0.1400"),
                        shown("selfSupportingOrdinaryJobShare", "0.3871"),
                        shown("selfSupportingFlexJobShare", "0.4129"),
                        shown("selfSupportingEducationShare", "0.2000")),
                List.of(shown("selfSupportingAfterInternship", "0.1556")),
                List.of(
                        new NetworkView.Above("selfSupportingAfterInternship", d("0.20"), 3, 5),
                        new NetworkView.Above("selfSupportingAfterInternship", d("0.30"), 2, 5)),
                List.of(new NetworkView.Coverage("selfSupportingAfterInternship", 6, 6)),
                List.of(new NetworkView.PeriodFigures(
                        "2025-H1",
                        List.of(
                                shown("enrolledYouth", "900"),
                                shown("youthEndedInternship", "800"),
                                shown("selfSupportingAfterInternship", "0.1250"),
                                NetworkView.Figure.complementary("selfSupportingOrdinaryJobShare")),
                        List.of(shown("selfSupportingAfterInternship", "0.1300")),
                        List.of(
                                new NetworkView.Above("selfSupportingAfterInternship", d("0.20"), 0, 3),
                                new NetworkView.Above("selfSupportingAfterInternship", d("0.30"), 0, 3)),
                        // 3 municipalities reported the figures; a municipality's own staff's shares are made of the
                        // 2 whose figures are shown.
                        List.of(
                                new NetworkView.Coverage("youthEndedInternship", 3, 3),
                                new NetworkView.Coverage("selfSupportingAfterInternship", 3, 2)))),
                List.of(
                        new NetworkView.Spread("AI", 2, d("4"), d("4.25"), d("4.5")),
                        new NetworkView.Spread("MM", 2, d("2.75"), d("3.35"), d("3.95")),
                        new NetworkView.Spread("ST", 2, d("3.97"), d("4.485"), d("5"))),
                "horsens",
                List.of(
                        new NetworkView.TrendPoint("2024-H2", "AI", 6, d("3.5"), null),
                        new NetworkView.TrendPoint("2025-H1", "AI", 7, d("3.75"), d("4")),
                        new NetworkView.TrendPoint("2025-H1", "MS", 7, d("3.25"), null)),
                List.of(new NetworkView.DriftAlert(
                        "roskilde", "Roskilde", 12, "MM", "2025-H1", d("4.5"), "2025-H2", d("3.95"), true, false)),
                List.of(
                        new NetworkView.Calibration(
                                "horsens", "Horsens", 11, "2025-H1", 3, List.of(), null, null, List.of()),
                        new NetworkView.Calibration(
                                "roskilde",
                                "Roskilde",
                                12,
                                "2025-H2",
                                2,
                                List.of(new NetworkView.Gap("MS3", 4, 2)),
                                d("1.00"),
                                true,
                                List.of("MS3"))),
                List.of());
    }

    private static List<List<String>> cells(List<NetworkTable.Row> rows) {
        return rows.stream().map(NetworkTable.Row::getCells).toList();
    }

    @Test
    @DisplayName("scores with one decimal, two where one would reach a band's limit (3,97; 3,95), '–' for no score;"
            + " the quartiles, median and count under them")
    void scores() {
        NetworkTable scores = new NetworkTables(view(), WORDS).scores(null);
        assertThat(scores.header())
                .containsExactly(
                        "Kommune", "Periode", "Arbejdsidentitet", "Mange til mange", "Magtskifte", "Struktur og team");
        assertThat(scores.rows()).extracting(NetworkTable.Row::getName).containsExactly("Horsens", "Roskilde");
        assertThat(cells(scores.rows()))
                .containsExactly(List.of("4,0", "2,8", "–", "3,97"), List.of("4,5", "3,95", "3,0", "5,0"));
        assertThat(scores.foot())
                .extracting(NetworkTable.Row::getKey)
                .containsExactly("upper", "median", "lower", "count");
        assertThat(cells(scores.foot()))
                .containsExactly(
                        // MM's upper quartile 3.95 would be 4,0 with one decimal: two, as for any score.
                        List.of("4,5", "3,95", "–", "5,0"),
                        // 4.25 and 4.485 half up; 3.35 is 3,4.
                        List.of("4,3", "3,4", "–", "4,5"),
                        List.of("4,0", "2,8", "–", "3,97"),
                        List.of("2", "2", "–", "2"));
        // A spreadsheet gets the number shown, in the page's precision.
        NetworkTable.Cell st = scores.rows().get(0).values().get(3);
        assertThat(st.number()).isEqualTo("3.97");
        assertThat(st.format()).isEqualTo("0.00");
        assertThat(scores.rows().get(0).values().get(1)).isEqualTo(new NetworkTable.Cell("2,8", d("2.8"), "0.0"));
        assertThat(scores.rows().get(0).values().get(2)).isEqualTo(new NetworkTable.Cell("–", null, null));
        assertThat(scores.foot().get(3).values().get(0)).isEqualTo(new NetworkTable.Cell("2", d("2"), "0"));
    }

    @Test
    @DisplayName("sorted by a principle's score, highest first and no score last; by period, latest first")
    void sorted() {
        NetworkTables tables = new NetworkTables(view(), WORDS);
        assertThat(tables.scores("MS").rows())
                .extracting(NetworkTable.Row::getKey)
                .containsExactly("roskilde", "horsens");
        assertThat(tables.scores("AI").rows())
                .extracting(NetworkTable.Row::getKey)
                .containsExactly("roskilde", "horsens");
        assertThat(tables.scores("period").rows())
                .extracting(NetworkTable.Row::getKey)
                .containsExactly("roskilde", "horsens");
        // Not a section: the service's order; the export always has it.
        assertThat(tables.scores("XX").rows())
                .extracting(NetworkTable.Row::getKey)
                .containsExactly("horsens", "roskilde");
        assertThat(tables.table("scorer")).isEqualTo(tables.scores(null));
    }

    @Test
    @DisplayName("outcomes: counts whole (1.200), caseload with one decimal, shares in percent, '< 5' for a small count"
            + " and 'skjult' for one hidden beside the totals; the totals under them")
    void outcomes() {
        NetworkTable outcomes = new NetworkTables(view(), WORDS).figures("outcomes");
        assertThat(outcomes.header())
                .containsExactly(
                        "Kommune",
                        "Periode",
                        "Indskrevne unge",
                        "Unge pr. konsulent (norm 15–22)",
                        "Andel i praktik",
                        "Praktikker valgt af de unge",
                        "Afgange til job eller uddannelse (mål 75 %)",
                        "Gengangere");
        assertThat(cells(outcomes.rows()))
                .containsExactly(
                        List.of("40", "16,0", "< 5", "60 %", "75 %", "< 5"),
                        List.of("1.200", "21,8", "46 %", "–", "33 %", "skjult"));
        assertThat(cells(outcomes.foot())).containsExactly(List.of("1.240", "", "", "", "", "skjult"));
        assertThat(outcomes.foot().get(0).getKey()).isEqualTo("network");
        List<NetworkTable.Cell> roskilde = outcomes.rows().get(1).values();
        assertThat(roskilde.get(0)).isEqualTo(new NetworkTable.Cell("1.200", d("1200"), "#,##0"));
        assertThat(roskilde.get(1)).isEqualTo(new NetworkTable.Cell("21,8", d("21.8"), "0.0"));
        assertThat(roskilde.get(2)).isEqualTo(new NetworkTable.Cell("46 %", d("0.46"), "0 %"));
        assertThat(roskilde.get(5).number()).isNull();
    }

    @Test
    @DisplayName("internships: STAR's 1.107 ended, 14 % self-supporting split 39 % / 41 % / 20 % under the"
            + " municipalities with internship figures (not Horsens); the median and 'Kommuner over 20 %' as '3 af 5'")
    void internships() {
        NetworkTables tables = new NetworkTables(view(), WORDS);
        NetworkTable internships = tables.figures("internships");
        assertThat(internships.header())
                .containsExactly(
                        "Kommune",
                        "Periode",
                        "Unge, der har afsluttet praktik",
                        "Selvforsørgende efter praktik",
                        "Heraf ordinært job",
                        "Heraf fleksjob",
                        "Heraf uddannelse");
        assertThat(internships.rows()).extracting(NetworkTable.Row::getKey).containsExactly("roskilde");
        assertThat(cells(internships.rows())).containsExactly(List.of("1.107", "14 %", "39 %", "41 %", "< 5"));
        assertThat(internships.foot())
                .extracting(NetworkTable.Row::getName)
                .containsExactly("Netværket i alt", "Netværkets median", "Kommuner over 20 %", "Kommuner over 30 %");
        assertThat(cells(internships.foot()))
                .containsExactly(
                        List.of("1.107", "14 %", "39 %", "41 %", "20 %"),
                        List.of("", "16 %", "", "", ""),
                        List.of("", "3 af 5", "", "", ""),
                        List.of("", "2 af 5", "", "", ""));
        assertThat(internships.foot().get(2).values().get(1).number()).isEqualByComparingTo("3");
        // Rounded once: 41/139 = 0.294964 is 29 % (not 30 % by way of 0.2950), 0.125 is 13 %.
        assertThat(dk.nextwork.hub.interfaces.i18n.Decimals.percent(
                        d("0.294964"), java.util.Locale.forLanguageTag("da")))
                .isEqualTo("29 %");
        assertThat(dk.nextwork.hub.interfaces.i18n.Decimals.percent(d("0.125"), java.util.Locale.forLanguageTag("da")))
                .isEqualTo("13 %");
        // Shares made of fewer municipalities than reported (a municipality's own staff) say so.
        NetworkView v = view();
        NetworkView partial = new NetworkView(
                v.sections(),
                v.municipalities(),
                v.columns(),
                v.figures(),
                v.totals(),
                v.medians(),
                v.above(),
                List.of(new NetworkView.Coverage("selfSupportingAfterInternship", 87, 4)),
                v.periods(),
                v.spread(),
                v.trendMunicipality(),
                v.trend(),
                v.alerts(),
                v.calibration(),
                v.calibrationHistory());
        assertThat(new NetworkTables(partial, WORDS)
                        .figures("internships")
                        .foot()
                        .get(0)
                        .getName())
                .isEqualTo("Netværket (4 af 87 kommuner)");
        assertThat(tables.table("praktikker")).isEqualTo(internships);

        NetworkTable periods = tables.table("praktikker-perioder");
        assertThat(periods.header())
                .containsExactly(
                        "Periode",
                        "Antal kommuner",
                        "Kommuner i netværkets andele",
                        "Unge, der har afsluttet praktik",
                        "Selvforsørgende efter praktik",
                        "Netværkets median – Selvforsørgende efter praktik",
                        "Kommuner over 20 %",
                        "Kommuner over 30 %",
                        "Heraf ordinært job");
        assertThat(cells(periods.rows()))
                .containsExactly(List.of("3", "2", "800", "13 %", "13 %", "0 af 3", "0 af 3", "skjult"));
    }

    @Test
    @DisplayName("calibration: the items apart as 'MS3 (4 → 2)', the mean 1,0, narrowed, persistent; 'Ingen' and '–'"
            + " where there is nothing")
    void calibration() {
        NetworkTable calibration = new NetworkTables(view(), WORDS).calibration();
        assertThat(calibration.header()).hasSize(7);
        assertThat(cells(calibration.rows()))
                .containsExactly(
                        List.of("3", "Ingen", "–", "–", "–"),
                        List.of("2", "MS3 (4 → 2)", "1,0", "Mindre forskel", "MS3"));
        assertThat(calibration.rows().get(1).values().get(2))
                .isEqualTo(new NetworkTable.Cell("1,0", d("1.00"), "0.0#"));
        assertThat(calibration.rows().get(1).values().get(0).number()).isEqualTo("2");
    }

    @Test
    @DisplayName("an export row is the name, the period (empty under the table), then the page's cells")
    void exported() {
        NetworkTables tables = new NetworkTables(view(), WORDS);
        List<List<NetworkTable.Cell>> rows = tables.table("scorer").exported();
        assertThat(rows).hasSize(2 + 4);
        assertThat(rows.get(0).stream().map(NetworkTable.Cell::text))
                .containsExactly("Horsens", "2025-H1", "4,0", "2,8", "–", "3,97");
        assertThat(rows.get(2).stream().map(NetworkTable.Cell::text))
                .containsExactly("Øvre kvartil", "", "4,5", "3,95", "–", "5,0");
        assertThat(tables.table("resultater").exported().get(2).stream().map(NetworkTable.Cell::text))
                .containsExactly("Netværket i alt", "", "1.240", "", "", "", "", "skjult");
    }

    @Test
    @DisplayName("the focus municipality's principles against the median ('Ingen score' where it has none), and each"
            + " principle's trend per period with its score beside the median")
    void focusAndTrend() {
        NetworkTables tables = new NetworkTables(view(), WORDS);
        assertThat(tables.focus().name()).isEqualTo("Horsens");
        assertThat(tables.principles()).containsExactly("AI", "MM", "MS");
        NetworkTable focus = tables.focusScores();
        assertThat(focus.title()).isEqualTo("Horsens 2025-H1 og netværkets median pr. princip");
        assertThat(focus.header()).containsExactly("Princip", "Horsens", "Netværkets median");
        assertThat(focus.rows())
                .extracting(NetworkTable.Row::getName)
                .containsExactly("Arbejdsidentitet", "Mange til mange", "Magtskifte");
        assertThat(cells(focus.rows()))
                .containsExactly(List.of("4,0", "4,3"), List.of("2,8", "3,4"), List.of("Ingen score", "–"));

        assertThat(tables.periods()).containsExactly("2024-H2", "2025-H1");
        assertThat(cells(tables.trend("AI").rows())).containsExactly(List.of("3,5", "–"), List.of("3,8", "4,0"));
        assertThat(cells(tables.trend("MS").rows())).containsExactly(List.of("–", "–"), List.of("3,3", "–"));
        assertThat(tables.trend("AI").header()).containsExactly("Periode", "Netværkets median", "Horsens");
    }

    @Test
    @DisplayName("a drift alert's change: from the previous score and period to the current; below 3,0 on its own")
    void alertChange() {
        NetworkTables tables = new NetworkTables(view(), WORDS);
        assertThat(tables.alertChange(view().alerts().get(0))).isEqualTo("Faldt fra 4,5 (2025-H1) til 3,95 (2025-H2).");
        assertThat(tables.alertChange(new NetworkView.DriftAlert(
                        "horsens", "Horsens", 11, "MM", null, null, "2025-H1", d("2.75"), false, true)))
                .isEqualTo("2,8 i 2025-H1 – under 3,0.");
    }
}
