package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.network.FidelityOutcomesView;
import dk.nextwork.hub.application.network.NetworkQuery;
import dk.nextwork.hub.application.network.NetworkService;
import dk.nextwork.hub.interfaces.i18n.Decimals;
import dk.nextwork.hub.interfaces.instrument.web.InstrumentTexts;
import dk.nextwork.hub.interfaces.network.web.NetworkTable.Row;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.LinkedMessage;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Netværket's section on fidelity against outcomes, for those who see every municipality (supervisors, the admin,
 * researchers): the scatter chart with its table, ρ now and lagged with their intervals, who was left out, a
 * plain-language reading, and ρ per period. Its own small GET form ({@code analyse-fra}, {@code analyse-til},
 * {@code fidelitet}, {@code udfald}), so every view is a link.
 */
@Named("fidelityOutcomes")
@RequestScoped
public class FidelityOutcomesPage {

    private static final Map<String, String> INPUTS =
            Map.of("from", "analyse-fra", "to", "analyse-til", "principle", "fidelitet", "outcome", "udfald");

    @Inject
    NetworkService network;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    InstrumentTexts texts;

    private String from;
    private String to;
    private String fidelity;
    private String outcome;
    private FidelityOutcomesView view;
    private final Map<String, String> errors = new HashMap<>();

    public void load() {
        if (!Access.allows(user.caller(), Capability.SEE_EVERY_MUNICIPALITY)) {
            return;
        }
        try {
            view = network.fidelityOutcomes(user.caller(), query(from, to, fidelity), outcome);
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                String text = PageMessages.text(problem.message());
                errors.put(problem.field(), text);
                FacesContext.getCurrentInstance()
                        .addMessage(
                                null,
                                new LinkedMessage(
                                        "#" + INPUTS.getOrDefault(problem.field(), "analyse-fra"),
                                        language.text("network.outcomes.field." + problem.field()),
                                        text));
            }
            // The analysis without what is to be corrected, so the section keeps its chart meanwhile.
            view = network.fidelityOutcomes(
                    user.caller(),
                    query(
                            errors.containsKey("from") || errors.containsKey("to") ? null : from,
                            errors.containsKey("from") || errors.containsKey("to") ? null : to,
                            errors.containsKey("principle") ? null : fidelity),
                    errors.containsKey("outcome") ? null : outcome);
        }
    }

    private static NetworkQuery query(String from, String to, String fidelity) {
        return new NetworkQuery(Set.of(), from, to, null, "total".equals(fidelity) ? null : fidelity);
    }

    public FidelityOutcomesView getView() {
        return view;
    }

    /** Whether a choice of the analysis could not be used (its error is shown at its field). */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The outcome's name in a sentence ("andelen af afgange til job eller uddannelse"). */
    private String outcomeWords() {
        return text("network.outcomes.outcome." + view.outcome() + ".words");
    }

    /** The fidelity measure's name: the total or a principle's. */
    public String getFidelityName() {
        return "total".equals(view.fidelity())
                ? text("network.outcomes.fidelity.total")
                : texts.section(view.fidelity());
    }

    public String getOutcomeName() {
        return text("network.outcomes.outcome." + view.outcome());
    }

    /** The periods analysed: one, or the first to the last. */
    public String getPeriods() {
        return view.from() == null
                ? text("network.outcomes.noPeriod")
                : view.from().equals(view.to()) ? view.from() : view.from() + "–" + view.to();
    }

    public String getSvg() {
        // Only those who may see every municipality by name read this section, so every dot has its name.
        List<ScatterChart.Dot> dots = view.points().stream()
                .map(p -> new ScatterChart.Dot(
                        p.fidelity(),
                        p.share(),
                        p.name() + ": " + score(p.fidelity()) + ", " + Decimals.percent(p.share(), locale())))
                .toList();
        List<ScatterChart.Line> lines = view.references().stream()
                .map(r -> new ScatterChart.Line(r.share(), text("network.outcomes.reference." + r.code())))
                .toList();
        return ScatterChart.svg(
                text("network.outcomes.chart") + ": " + getFidelityName() + " · " + getOutcomeName() + " – "
                        + getPeriods(),
                getFidelityName(),
                text("network.outcomes.axis." + view.outcome()),
                dots,
                lines,
                ScatterChart.top(
                        view.points().stream()
                                .map(FidelityOutcomesView.Point::share)
                                .toList(),
                        !view.references().isEmpty()));
    }

    /** The points as table rows, highest fidelity first: municipality, fidelity, outcome. */
    public List<Row> getRows() {
        return view.points().stream()
                .sorted(Comparator.comparing(FidelityOutcomesView.Point::fidelity)
                        .reversed()
                        .thenComparing(FidelityOutcomesView.Point::name))
                .map(p -> row(
                        p.municipality(),
                        p.name(),
                        p.municipality(),
                        score(p.fidelity()),
                        Decimals.percent(p.share(), locale())))
                .toList();
    }

    /** ρ with its interval and n, in words. */
    public String getCorrelation() {
        return correlation("network.outcomes.rho", view.correlation());
    }

    public String getLagged() {
        return correlation("network.outcomes.lagged", view.lagged());
    }

    private String correlation(String key, FidelityOutcomesView.Correlation c) {
        if (c.rho() == null) {
            return format(key + ".none", c.n());
        }
        if (c.lower() == null) {
            return format(key + ".noInterval", rho(c.rho()), c.n());
        }
        return format(key, rho(c.rho()), rho(c.lower()), rho(c.upper()), c.n());
    }

    public String getLeftOut() {
        return format(
                "network.outcomes.leftOut." + view.outcome(),
                view.leftOutSmall(),
                view.leftOutNoOutcome(),
                view.withFidelity());
    }

    /**
     * What the figure says, in plain words: the direction and strength where the interval lies clear of 0, else that
     * no clear association shows.
     */
    public String getReading() {
        FidelityOutcomesView.Correlation c = view.correlation();
        if (c.rho() == null) {
            return text("network.outcomes.reading.none");
        }
        boolean perfect = Math.abs(c.rho()) >= 1.0;
        if ((c.lower() == null && !perfect) || (c.lower() != null && c.lower() <= 0 && c.upper() >= 0)) {
            return format("network.outcomes.reading.unclear", outcomeWords());
        }
        double size = Math.abs(c.rho());
        String strength =
                text("network.outcomes.strength." + (size < 0.3 ? "weak" : size < 0.5 ? "moderate" : "strong"));
        return format(
                c.rho() > 0 ? "network.outcomes.reading.higher" : "network.outcomes.reading.lower",
                outcomeWords(),
                strength);
    }

    /** The chart's note: what a dot is, and the reference lines where the outcome has them. */
    public String getChartNote() {
        return text(view.references().isEmpty() ? "network.outcomes.chart.note" : "network.outcomes.chart.note.exits");
    }

    /** How many dots are withheld from the reader (a researcher) because a count in the share is under 5, or null. */
    public String getWithheld() {
        return view.withheld() == 0 ? null : format("network.outcomes.withheld", view.withheld());
    }

    public String getCaveat() {
        return format("network.outcomes.caveat", view.correlation().n());
    }

    /** ρ per period: period, n, ρ with interval, lagged ρ, left out. */
    public List<Row> getPeriodRows() {
        return newestFirst().stream()
                .map(p -> row(
                        p.period(),
                        p.period(),
                        null,
                        Integer.toString(p.correlation().n()),
                        interval(p.correlation()),
                        interval(p.lagged()),
                        Integer.toString(p.leftOut())))
                .toList();
    }

    /** The periods to choose from, newest first. */
    public List<String> getPeriodChoices() {
        return newestFirst().stream()
                .map(FidelityOutcomesView.PeriodCorrelation::period)
                .toList();
    }

    private static Row row(String key, String name, String municipality, String... cells) {
        return new Row(
                key,
                name,
                municipality,
                null,
                null,
                java.util.Arrays.stream(cells).map(NetworkTable.Cell::text).toList());
    }

    private List<FidelityOutcomesView.PeriodCorrelation> newestFirst() {
        List<FidelityOutcomesView.PeriodCorrelation> periods = new java.util.ArrayList<>(view.periods());
        java.util.Collections.reverse(periods);
        return periods;
    }

    private String interval(FidelityOutcomesView.Correlation c) {
        if (c.rho() == null) {
            return "–";
        }
        return c.lower() == null
                ? rho(c.rho())
                : rho(c.rho()) + " (" + rho(c.lower()) + " " + text("network.outcomes.to") + " " + rho(c.upper()) + ")";
    }

    private String rho(double value) {
        DecimalFormat format = Decimals.of("0.00", locale());
        return format.format(value).replace('-', '−');
    }

    private String score(BigDecimal value) {
        return NetworkFormats.score(value, locale());
    }

    private java.util.Locale locale() {
        return language.getLocale();
    }

    private String text(String key) {
        return language.text(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text(key), locale()).format(args);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getFidelity() {
        return fidelity;
    }

    public void setFidelity(String fidelity) {
        this.fidelity = fidelity;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
