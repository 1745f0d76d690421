package dk.nextwork.hub.interfaces.network.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One of Netværket's tables ({@link NetworkTables}): its title, its header (every column), its rows and the rows under
 * it (spread, totals), as the page shows it and its exports write it.
 */
public record NetworkTable(String title, List<String> header, List<Row> rows, List<Row> foot) {

    /** One cell: the page's text, and the number shown (null for words) with its spreadsheet format ("0.0", "0 %"). */
    public record Cell(String text, BigDecimal number, String format) {

        static Cell text(String text) {
            return new Cell(text, null, null);
        }

        static Cell count(int count) {
            return new Cell(String.valueOf(count), BigDecimal.valueOf(count), "0");
        }
    }

    /**
     * One row: a municipality's latest scores, figures or calibration, a row of the spread or the totals, a trend
     * period or a principle. Read by the page through getters, which Jakarta EL resolves once per class (calling a
     * record's accessors from EL looks each method up again on every cell).
     *
     * @param key what the row is, for the page's data attributes (a slug, "median", a period, a section code)
     * @param name what its first column shows (a municipality, a label, a period, a principle)
     * @param period the report's period, or null
     * @param values the cells after the name and period columns
     */
    public record Row(
            String key, String name, String municipality, Long assessmentId, String period, List<Cell> values) {

        public String getKey() {
            return key;
        }

        public String getName() {
            return name;
        }

        public String getMunicipality() {
            return municipality;
        }

        public Long getAssessmentId() {
            return assessmentId;
        }

        public String getPeriod() {
            return period;
        }

        /** The cells' texts, as the page shows them. */
        public List<String> getCells() {
            return values.stream().map(Cell::text).toList();
        }

        /** The row as an export writes it: the name, the period (empty for none), then the cells. */
        List<Cell> exported() {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(name), Cell.text(period == null ? "" : period)));
            cells.addAll(values);
            return cells;
        }
    }

    /** Every row as an export writes it, the rows under the table last. */
    List<List<Cell>> exported() {
        List<List<Cell>> exported = new ArrayList<>();
        rows.forEach(r -> exported.add(r.exported()));
        foot.forEach(r -> exported.add(r.exported()));
        return exported;
    }
}
