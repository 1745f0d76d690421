package dk.nextwork.hub.interfaces.supervision;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.interfaces.web.Csv;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The supervision log as CSV for Excel: one row per session, semicolon-separated (Danish Excel's separator), UTF-8
 * with a byte-order mark, dates as dd-mm-åååå. Cells that a spreadsheet would read as a formula are quoted inert.
 */
public final class SupervisionCsv {

    private SupervisionCsv() {}

    public static String of(List<SupervisionViews.Session> sessions) {
        Csv csv = new Csv();
        csv.row(
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
            csv.row(
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
}
