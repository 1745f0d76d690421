package dk.nextwork.hub.interfaces.assessment.report;

import dk.nextwork.fidelity.instrument.Band;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.KeyFigureDefinition;
import dk.nextwork.fidelity.instrument.NetworkFigure;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.audit.AuditEventView;
import dk.nextwork.hub.interfaces.i18n.Decimals;
import dk.nextwork.hub.interfaces.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a fidelity report shows, on the page and in the PDF alike: the section scores beside the previous approved
 * report's, the three principles for the spider chart, the items, and the history of its states.
 */
public final class ReportContent {

    /** A section's score and band (or why it has none) beside the previous approved report's score. */
    public record SectionRow(
            String code, boolean principle, Double value, String band, Message notScored, Double previous) {

        /** This score minus the previous one, or null if either is missing. */
        public Double change() {
            return value == null || previous == null ? null : Math.round((value - previous) * 10) / 10.0;
        }
    }

    private final AssessmentView report;
    private final AssessmentView previous;
    private final List<SectionRow> sections;
    private final List<AuditEventView> history;

    private final Instrument instrument;

    private final boolean workingNotes;

    /**
     * @param workingNotes whether the reader sees the municipality's evidence, justifications and the supervisor's
     *     comments, or the report as published to the network
     */
    public ReportContent(
            Instrument instrument,
            AssessmentView report,
            AssessmentView previous,
            List<AuditEventView> events,
            boolean workingNotes) {
        this.workingNotes = workingNotes;
        this.instrument = instrument;
        this.report = report;
        this.previous = previous;
        List<SectionRow> rows = new ArrayList<>();
        for (AssessmentView.Section s : report.scores().sections()) {
            boolean principle = instrument.sections().stream()
                    .anyMatch(section -> section.code().equals(s.code()) && section.isPrinciple());
            Double before = previous == null
                    ? null
                    : previous.section(s.code())
                            .map(AssessmentView.Section::value)
                            .orElse(null);
            rows.add(new SectionRow(s.code(), principle, s.value(), s.band(), s.notScored(), before));
        }
        this.sections = List.copyOf(rows);
        this.history = List.copyOf(events);
    }

    /** The report's instrument version as people read it: "version 1.0 af NExTWORK fidelitetsinstrument". */
    public String instrumentVersion(Locale locale) {
        return Messages.format(Message.of("instrument.named", instrument.version(), instrument.name()), locale);
    }

    /** A section's name in a language, from the report's own instrument version. */
    public String sectionName(String code, Locale locale) {
        return instrument.section(code).map(s -> s.name().in(locale)).orElse(code);
    }

    /** False when the reader sees the report as published to the network: no evidence, justifications or comments. */
    public boolean workingNotes() {
        return workingNotes;
    }

    /** One key figure as the reader may see it: its code, its label and its value in the language's words. */
    public record FigureRow(String code, String label, String shown) {}

    /**
     * The period's key figures, in the instrument's order: exact for the municipality and the supervisors, counts of
     * young people under the small-number threshold as "&lt; 5" for everyone else (the service never sends those).
     */
    public List<FigureRow> keyFigures(Locale locale) {
        List<FigureRow> rows = new ArrayList<>();
        for (KeyFigureDefinition figure : instrument.keyFigures()) {
            if (!figure.isReported()) {
                continue;
            }
            String code = figure.code();
            BigDecimal value = report.keyFigures().get(code);
            String shown;
            if (report.suppressedKeyFigures().contains(code)) {
                shown = "< " + instrument.rules().smallNumberBelow();
            } else if (value == null) {
                shown = Messages.text("form.notGiven", locale);
            } else {
                shown = Decimals.of("#,##0.##", locale).format(value);
            }
            rows.add(new FigureRow(code, figure.label().in(locale), shown));
        }
        return rows;
    }

    /**
     * The outcomes the report's figures give, as its instrument declares them for Netværket (shares and ratios, e.g.
     * exits into job or education, and under 2.0 self-supporting after internships beside Praktikkvalitet): "&lt; 5"
     * where a count of young people in it is hidden from the reader, "–" where a figure is not given.
     */
    public List<FigureRow> outcomes(Locale locale) {
        List<FigureRow> rows = new ArrayList<>();
        for (NetworkFigure column : instrument.networkFigures()) {
            if (column.show() == NetworkFigure.Show.COUNT) {
                continue;
            }
            rows.add(new FigureRow(column.code(), column.label().in(locale), outcome(column, locale)));
        }
        return rows;
    }

    private String outcome(NetworkFigure column, Locale locale) {
        BigDecimal of = BigDecimal.ZERO;
        BigDecimal per = BigDecimal.ZERO;
        for (String part : column.parts()) {
            if (report.suppressedKeyFigures().contains(part)) {
                return "< " + instrument.rules().smallNumberBelow();
            }
        }
        for (String part : column.parts()) {
            BigDecimal value = report.keyFigures().get(part);
            if (value == null) {
                return "–";
            }
            of = column.of().contains(part) ? of.add(value) : of;
            per = column.per().contains(part) ? per.add(value) : per;
        }
        if (per.signum() == 0) {
            return "–";
        }
        if (column.show() == NetworkFigure.Show.RATIO) {
            return Decimals.of("0.0", locale).format(of.divide(per, 1, RoundingMode.HALF_UP));
        }
        // The share to six decimals, as the network's tables take it, then rounded once.
        return Decimals.percent(of.divide(per, 6, RoundingMode.HALF_UP), locale);
    }

    /** An item's text in a language, from the report's own instrument version. */
    public String itemText(String code, Locale locale) {
        return instrument.item(code).map(i -> i.text().in(locale)).orElse("");
    }

    /** The bands, highest first, each with its lower limit: how a score's word is decided. */
    public List<Band> bands() {
        return instrument.bands().stream()
                .sorted(Comparator.comparing(Band::minimum).reversed())
                .toList();
    }

    /**
     * A score as shown: one decimal, or the two the service gives where one would put it over a band's limit it has
     * not reached ("3,97", never "4,0" beside "tilstrækkelig").
     */
    public static String score(Double value, Locale locale) {
        if (value == null) {
            return "";
        }
        return Decimals.of("0.0#", locale).format(BigDecimal.valueOf(value));
    }

    public AssessmentView report() {
        return report;
    }

    /** The previous approved report, or null if there is none. */
    public AssessmentView previous() {
        return previous;
    }

    public List<SectionRow> sections() {
        return sections;
    }

    public List<SectionRow> principles() {
        return sections.stream().filter(SectionRow::principle).toList();
    }

    public List<AuditEventView> history() {
        return history;
    }

    /** The spider chart of the principles, labelled with their names. */
    public SpiderChart chart(double size, Function<String, String> sectionName) {
        return new SpiderChart(
                principles().stream()
                        .map(p -> new SpiderChart.Axis(sectionName.apply(p.code()), p.value(), p.previous()))
                        .toList(),
                size);
    }
}
