package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.instrument.web.InstrumentTexts;
import dk.nextwork.hub.interfaces.web.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Netværket's tables for export: the texts the page shows (NetworkFormats, so "< 5" and "skjult" alike), each with the
 * number it stands for where it is one, so a spreadsheet gets numbers and a CSV the page's words. Built from the one
 * view the service gave this user, so an export never holds more than the page.
 */
final class NetworkTables {

    /** The tables, by the name the export's address uses. */
    static final List<String> NAMES = List.of("scorer", "resultater", "kalibrering");

    /**
     * One cell: the page's text, and the number shown (null for words) with its spreadsheet format ("0.0", "0 %").
     */
    record Cell(String text, BigDecimal number, String format) {

        static Cell text(String text) {
            return new Cell(text, null, null);
        }
    }

    /** A table: its title, its header, its rows and the rows under it (spread, totals). */
    record Table(String title, List<String> header, List<List<Cell>> rows, List<List<Cell>> foot) {}

    private final NetworkView view;
    private final Language language;
    private final InstrumentTexts texts;
    private final Locale locale;

    NetworkTables(NetworkView view, Language language, InstrumentTexts texts) {
        this.view = view;
        this.language = language;
        this.texts = texts;
        this.locale = language.getLocale();
    }

    Table table(String name) {
        return switch (name) {
            case "scorer" -> scores();
            case "resultater" -> outcomes();
            case "kalibrering" -> calibration();
            default -> throw new IllegalArgumentException("no such table: " + name);
        };
    }

    private Table scores() {
        List<String> header = new ArrayList<>(List.of(text("assessments.municipality"), text("assessments.period")));
        view.sections().forEach(s -> header.add(texts.section(s)));
        List<List<Cell>> rows = new ArrayList<>();
        for (NetworkView.MunicipalityScores m : view.municipalities()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m.name()), Cell.text(m.period())));
            for (String section : view.sections()) {
                // A principle without a score (every item "kan ikke vurderes") has a null value: an empty cell.
                row.add(score(m.scores().stream()
                        .filter(s -> s.section().equals(section))
                        .findFirst()
                        .map(NetworkView.Score::value)
                        .orElse(null)));
            }
            rows.add(row);
        }
        List<List<Cell>> foot = new ArrayList<>();
        for (String kind : List.of("upperQuartile", "median", "lowerQuartile")) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(text("network." + kind)), Cell.text("")));
            for (String section : view.sections()) {
                NetworkView.Spread spread = view.spread().stream()
                        .filter(s -> s.section().equals(section))
                        .findFirst()
                        .orElse(null);
                row.add(
                        spread == null
                                ? Cell.text("–")
                                : score(
                                        switch (kind) {
                                            case "upperQuartile" -> spread.upperQuartile();
                                            case "median" -> spread.median();
                                            default -> spread.lowerQuartile();
                                        }));
            }
            foot.add(row);
        }
        List<Cell> count = new ArrayList<>(List.of(Cell.text(text("network.count")), Cell.text("")));
        for (String section : view.sections()) {
            count.add(view.spread().stream()
                    .filter(s -> s.section().equals(section))
                    .findFirst()
                    .map(s -> new Cell(String.valueOf(s.municipalities()), BigDecimal.valueOf(s.municipalities()), "0"))
                    .orElse(Cell.text("–")));
        }
        foot.add(count);
        return new Table(text("network.latest"), header, rows, foot);
    }

    private Table outcomes() {
        List<String> header = new ArrayList<>(List.of(text("assessments.municipality"), text("assessments.period")));
        NetworkFormats.OUTCOMES.forEach(code -> header.add(text("network.figure." + code)));
        List<List<Cell>> rows = new ArrayList<>();
        for (NetworkView.MunicipalityScores m : view.municipalities()) {
            NetworkView.MunicipalityFigures figures = view.figures().stream()
                    .filter(f -> f.municipality().equals(m.municipality()))
                    .findFirst()
                    .orElse(null);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m.name()), Cell.text(m.period())));
            NetworkFormats.OUTCOMES.forEach(code -> row.add(figure(NetworkFormats.find(figures, code))));
            rows.add(row);
        }
        List<List<Cell>> foot = new ArrayList<>();
        if (!view.totals().isEmpty()) {
            NetworkView.MunicipalityFigures totals = new NetworkView.MunicipalityFigures("", view.totals());
            List<Cell> row = new ArrayList<>(List.of(Cell.text(text("network.total")), Cell.text("")));
            NetworkFormats.OUTCOMES.forEach(code -> row.add(
                    view.totals().stream().anyMatch(t -> t.code().equals(code))
                            ? figure(NetworkFormats.find(totals, code))
                            : Cell.text("")));
            foot.add(row);
        }
        return new Table(text("network.figures"), header, rows, foot);
    }

    private Table calibration() {
        List<String> header = List.of(
                text("assessments.municipality"),
                text("assessments.period"),
                text("network.calibration.rated"),
                text("network.calibration.gaps"),
                text("network.calibration.mean"),
                text("network.calibration.trend"),
                text("network.calibration.persistent"));
        List<List<Cell>> rows = new ArrayList<>();
        for (NetworkView.Calibration c : view.calibration()) {
            rows.add(List.of(
                    Cell.text(c.name()),
                    Cell.text(c.period()),
                    new Cell(String.valueOf(c.rated()), BigDecimal.valueOf(c.rated()), "0"),
                    Cell.text(NetworkFormats.gaps(c, "")),
                    c.meanDifference() == null
                            ? Cell.text("–")
                            : new Cell(NetworkFormats.mean(c, locale), c.meanDifference(), "0.0#"),
                    Cell.text(
                            c.narrowed() == null
                                    ? "–"
                                    : text(
                                            c.narrowed()
                                                    ? "network.calibration.narrowed"
                                                    : "network.calibration.notNarrowed")),
                    Cell.text(String.join(", ", c.persistent()))));
        }
        return new Table(text("network.calibration"), header, rows, List.of());
    }

    private Cell score(BigDecimal value) {
        String shown = NetworkFormats.score(value, locale);
        if (value == null) {
            return Cell.text(shown);
        }
        BigDecimal number = NetworkFormats.scoreShown(value);
        return new Cell(shown, number, number.scale() == 2 ? "0.00" : "0.0");
    }

    private Cell figure(NetworkView.Figure f) {
        String shown = NetworkFormats.figure(f, locale, text("figure.suppressed"), text("figure.complementary"));
        if (f == null || f.value() == null) {
            return Cell.text(shown);
        }
        return switch (f.code()) {
            case "enrolledYouth", "returners" -> new Cell(shown, f.value(), "#,##0");
            case "caseload" -> new Cell(shown, f.value().setScale(1, java.math.RoundingMode.HALF_UP), "0.0");
            default -> new Cell(shown, f.value().setScale(2, java.math.RoundingMode.HALF_UP), "0 %");
        };
    }

    private String text(String key) {
        return language.text(key);
    }
}
