package dk.nextwork.hub.interfaces.supervision;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.SupervisionViews;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The supervision log as CSV for Excel: one row per session, semicolon-separated (Danish Excel's separator), UTF-8
 * with a byte-order mark, dates as dd-mm-åååå. Cells that a spreadsheet would read as a formula are quoted inert.
 */
public final class SupervisionCsv {

    private SupervisionCsv() {}

    public static String of(List<SupervisionViews.Session> sessions) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(
                csv,
                "dato",
                "kommune",
                "supervisor",
                "form",
                "ledere",
                "konsulenter",
                "psykologer",
                "virksomhedsrepræsentanter",
                "unge",
                "principper",
                "items",
                "noter",
                "aftaler",
                "handlinger");
        for (SupervisionViews.Session s : sessions) {
            var p = s.participants();
            row(
                    csv,
                    DanishTime.DATE.format(s.heldOn()),
                    s.municipalityName(),
                    s.supervisor(),
                    s.format(),
                    String.valueOf(p.leads()),
                    String.valueOf(p.consultants()),
                    String.valueOf(p.psychologists()),
                    String.valueOf(p.companyReps()),
                    String.valueOf(p.youngPeople()),
                    String.join(" ", s.principles()),
                    String.join(" ", s.items()),
                    s.notes(),
                    s.agreements(),
                    s.actions().stream()
                            .map(a -> a.title() + " (" + a.status() + ", " + DanishTime.DATE.format(a.dueOn()) + ")")
                            .collect(Collectors.joining(" | ")));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ";").append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
