package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.FreeText;
import java.util.Arrays;
import java.util.List;

/**
 * CSV for Danish Excel: semicolon-separated, UTF-8 with a byte-order mark, every cell quoted, and a cell a
 * spreadsheet would read as a formula made inert with a leading apostrophe.
 */
public final class Csv {

    /** A plain number (such as -0.5): no formula, so it stays a number for a spreadsheet or a statistics package. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public Csv row(String... cells) {
        return row(Arrays.asList(cells)); // cells may be null (no notes): an empty cell
    }

    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            text.append(i == 0 ? "" : ";").append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // Text stored before the free-text rule may hold control characters: a spreadsheet cannot show them.
        String cell = FreeText.printable(value);
        if (!cell.isEmpty()
                && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                && !NUMBER.matcher(cell).matches()) {
            cell = "'" + cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
