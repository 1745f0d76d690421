package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.Text;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.KeyFigureDefinition;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.Json;
import dk.nextwork.hub.domain.model.audit.AuditEvent;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import dk.nextwork.hub.domain.model.network.AnalysisData;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The researchers' analysis extract: one row per municipality and approved report, with its instrument version, section
 * and fidelity scores, the calibration of the items the supervisor rated, its key figures and its outcomes, and a
 * codebook naming every column (meaning, unit, source, the instrument versions that have it). Counts of young people
 * under 5 are "< 5" and a share over fewer than 5 is left empty, as the network sees them, unless the network has a
 * data agreement that allows more ({@code hub.extracts.unsuppressed}, off by default). Every extract made is recorded
 * in the data-use log (the audit trail), which the network admin reads.
 */
@Stateless
public class AnalysisExtracts {

    /** The extract's format: raised when a column changes meaning or is removed. */
    public static final String VERSION = "1.0";

    /** The audit trail's subject for the data-use log. */
    static final String SUBJECT_TYPE = "analysis-extract";

    static final String SUBJECT_ID = "nextwork-analysis";
    static final String ACTION = "extract.downloaded";

    @Inject
    AnalysisData data;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    AuditLog audit;

    @Inject
    AuditEventRepository events;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hub.extracts.unsuppressed", defaultValue = "false")
    boolean unsuppressed;

    /**
     * A column of the extract, as the codebook describes it.
     *
     * @param unit what a value is counted or measured in
     * @param source where in the Hub it comes from
     * @param versions the instrument versions that have it ("all" for every report)
     */
    public record Column(String name, Text meaning, Text unit, String source, String versions) {}

    /**
     * The extract: its format version, when it was made, whether it holds small counts, its columns and its rows (a
     * value is a text, a number, or null for none).
     */
    public record Extract(
            String version, Instant madeAt, boolean unsuppressed, List<Column> columns, List<List<Object>> rows) {}

    /** One download in the data-use log. */
    public record DataUse(Instant at, String user, String format, int rows, boolean unsuppressed, String version) {}

    /**
     * The extract for a researcher, supervisor or the network admin; recorded in the data-use log as made in the
     * format named ("csv", "xlsx", "codebook").
     */
    public Extract extract(Caller caller, String format) {
        Access.require(caller, Capability.DOWNLOAD_ANALYSIS_EXTRACT);
        List<Instrument> instruments = catalog.all();
        Map<String, Section> sections = new LinkedHashMap<>();
        Map<String, KeyFigureDefinition> figures = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            instrument.sections().forEach(s -> sections.putIfAbsent(s.code(), s));
            instrument.keyFigures().forEach(f -> figures.putIfAbsent(f.code(), f));
        }
        List<Column> columns = columns(instruments, sections, figures);
        Map<Long, Map<String, BigDecimal>> scores = byReport(data.sectionScores());
        Map<Long, Map<String, BigDecimal>> values = byReport(data.keyFigures());
        Map<Long, AnalysisData.Calibration> calibration =
                data.calibration().stream().collect(Collectors.toMap(AnalysisData.Calibration::report, c -> c));
        List<List<Object>> rows = new ArrayList<>();
        for (AnalysisData.Report r : data.reports()) {
            List<Object> row = new ArrayList<>();
            row.add(r.municipality());
            row.add(r.municipalityName());
            row.add(r.kommunekode());
            row.add(r.status());
            row.add(r.period());
            row.add(r.periodStart().toString());
            row.add(r.instrument());
            row.add(r.instrumentVersion());
            row.add(scale(r.fidelity()));
            Map<String, BigDecimal> own = scores.getOrDefault(r.id(), Map.of());
            sections.keySet().forEach(code -> row.add(scale(own.get(code))));
            AnalysisData.Calibration c = calibration.get(r.id());
            row.add(c == null ? 0 : c.rated());
            row.add(c == null ? null : c.meanDifference());
            row.add(c == null ? 0 : c.largeGaps());
            Map<String, BigDecimal> reported = values.getOrDefault(r.id(), Map.of());
            figures.values().forEach(f -> row.add(figure(f, reported.get(f.code()))));
            row.add(share(reported, FidelityOutcomes.Measure.EXITS));
            row.add(share(reported, FidelityOutcomes.Measure.RETURNERS));
            row.add(VERSION);
            rows.add(row);
        }
        audit.record(
                caller,
                ACTION,
                SUBJECT_TYPE,
                SUBJECT_ID,
                null,
                Map.of("format", format, "rows", rows.size(), "unsuppressed", unsuppressed, "version", VERSION));
        return new Extract(VERSION, Instant.now(clock), unsuppressed, columns, rows);
    }

    /** The data-use log, newest first: every extract made, by whom and when. The network admin's to read. */
    public List<DataUse> dataUse(Caller caller) {
        Access.require(caller, Capability.READ_DATA_USE_LOG);
        List<DataUse> uses = new ArrayList<>();
        for (AuditEvent e : events.forSubject(SUBJECT_TYPE, SUBJECT_ID)) {
            Logged logged = Json.read(e.after(), Logged.class);
            uses.add(
                    0,
                    new DataUse(
                            e.occurredAt(),
                            e.actor(),
                            logged.format(),
                            logged.rows(),
                            logged.unsuppressed(),
                            logged.version()));
        }
        return uses;
    }

    /** What the audit trail keeps of a download (public only so that JSON-B can read it). */
    public record Logged(String format, int rows, boolean unsuppressed, String version) {}

    private Object figure(KeyFigureDefinition f, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (!unsuppressed && f.countsYoungPeople() && value.compareTo(BigDecimal.valueOf(5)) < 0) {
            return SMALL;
        }
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    /** A count of young people under 5, as the network shows it. */
    public static final String SMALL = "< 5";

    /**
     * The share as the network's tables show it: none where a figure it is made of is missing, or (unless the data
     * agreement allows it) where a count of young people in it is under 5, which the share would give away beside the
     * other counts.
     */
    private BigDecimal share(Map<String, BigDecimal> reported, FidelityOutcomes.Measure measure) {
        if (!reported.keySet().containsAll(measure.figures())) {
            return null;
        }
        if (!unsuppressed && measure.smallCount(reported, BigDecimal.valueOf(5))) {
            return null;
        }
        BigDecimal of = measure.part(reported);
        BigDecimal per = measure.all(reported);
        return per.signum() == 0 ? null : of.divide(per, 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal scale(BigDecimal score) {
        return score == null ? null : score.setScale(6, RoundingMode.HALF_UP);
    }

    private static Map<Long, Map<String, BigDecimal>> byReport(List<AnalysisData.Value> values) {
        Map<Long, Map<String, BigDecimal>> by = new HashMap<>();
        values.forEach(v -> by.computeIfAbsent(v.report(), k -> new HashMap<>()).put(v.code(), v.value()));
        return by;
    }

    private static List<Column> columns(
            List<Instrument> instruments, Map<String, Section> sections, Map<String, KeyFigureDefinition> figures) {
        Text text = new Text("tekst", "text");
        Text score = new Text("score 1–5, seks decimaler", "score 1–5, six decimals");
        Text count = new Text("antal", "count");
        Text share = new Text("andel 0–1, seks decimaler", "share 0–1, six decimals");
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(
                "municipality",
                new Text("Kommunens kortnavn i Hubben", "The municipality's short name in the Hub"),
                text,
                "municipality.slug",
                "all"));
        columns.add(new Column(
                "municipality_name",
                new Text("Kommunens navn", "The municipality's name"),
                text,
                "municipality.name",
                "all"));
        columns.add(new Column(
                "kommunekode",
                new Text("Kommunekode (tre cifre)", "Danish municipality code (three digits)"),
                text,
                "municipality.kommunekode",
                "all"));
        columns.add(new Column(
                "status",
                new Text(
                        "Kommunens status i netværket, da udtrækket blev lavet (ACTIVE, ONBOARDING, PAUSED, FORMER)",
                        "The municipality's status in the network when the extract was made"),
                text,
                "municipality.status",
                "all"));
        columns.add(new Column(
                "period",
                new Text("Halvåret, rapporten gælder (fx 2026-H1)", "The half-year the report is for"),
                text,
                "reporting_period.code",
                "all"));
        columns.add(new Column(
                "period_start",
                new Text("Halvårets første dag", "The half-year's first day"),
                new Text("dato (ÅÅÅÅ-MM-DD)", "date (YYYY-MM-DD)"),
                "reporting_period.first_day",
                "all"));
        columns.add(new Column(
                "instrument",
                new Text(
                        "Instrumentet, rapporten er udfyldt og scoret med",
                        "The instrument the report" + " was filled in and scored with"),
                text,
                "assessment.instrument_id",
                "all"));
        columns.add(new Column(
                "instrument_version",
                new Text("Instrumentets version", "The instrument's version"),
                text,
                "assessment.instrument_version",
                "all"));
        columns.add(new Column(
                "fidelity",
                new Text(
                        "Fidelitetsscore: gennemsnittet af principscorerne, som den blev fastfrosset ved godkendelsen",
                        "Fidelity score: the mean of the principle scores, as frozen at approval"),
                score,
                "assessment.scores (fidelity)",
                "all"));
        for (Section s : sections.values()) {
            columns.add(new Column(
                    "score_" + s.code(),
                    new Text(
                            "Score for " + s.name().da() + " (" + s.code() + ")",
                            "Score of " + s.name().en() + " (" + s.code() + ")"),
                    score,
                    "approved_section_score",
                    versions(
                            instruments,
                            i -> i.sections().stream().anyMatch(x -> x.code().equals(s.code())))));
        }
        columns.add(new Column(
                "calibration_items_rated",
                new Text(
                        "Antal punkter, supervisor selv har scoret i rapporten",
                        "Items the supervisor rated in the report"),
                count,
                "assessment_item.supervisor_rating",
                "all"));
        columns.add(new Column(
                "calibration_mean_difference",
                new Text(
                        "Gennemsnit af supervisors score minus teamets egen over de punkter (tom: ingen)",
                        "Mean of the supervisor's rating minus the team's own over those items (empty: none)"),
                new Text("point på skalaen 1–5", "points on the 1–5 scale"),
                "assessment_item",
                "all"));
        columns.add(new Column(
                "calibration_large_gaps",
                new Text(
                        "Punkter, hvor supervisor og team er 2 eller flere point fra hinanden",
                        "Items where supervisor and team are 2 or more points apart"),
                count,
                "assessment_item",
                "all"));
        for (KeyFigureDefinition f : figures.values()) {
            columns.add(new Column(
                    "fig_" + f.code(),
                    new Text(
                            f.label().da() + (f.countsYoungPeople() ? " (under 5: \"< 5\")" : ""),
                            f.label().en() + (f.countsYoungPeople() ? " (under 5: \"< 5\")" : "")),
                    f.kind() == KeyFigureDefinition.Kind.WHOLE ? count : new Text("tal", "number"),
                    "assessment_key_figure." + f.code(),
                    versions(instruments, i -> i.keyFigure(f.code()).isPresent())));
        }
        columns.add(new Column(
                "exits_to_work_share",
                new Text(
                        "Andel af afgangene, der gik til job eller uddannelse (tom, hvor et antal i den er under 5)",
                        "Share of exits into job or education (empty where a count in it is under 5)"),
                share,
                "(exitsToJob + exitsToEducation) / (exitsToJob + exitsToEducation + exitsOther)",
                "all"));
        columns.add(new Column(
                "returners_per_enrolled",
                new Text(
                        "Gengangere pr. indskreven ung (tom, hvor et antal i den er under 5)",
                        "Returners per enrolled young person (empty where a count in it is under 5)"),
                share,
                "returners / enrolledYouth",
                "all"));
        columns.add(new Column(
                "extract_version",
                new Text(
                        "Udtrækkets format; ændres, når en kolonne skifter betydning",
                        "The extract's format; changed when a column changes meaning"),
                text,
                "the Hub",
                "all"));
        return columns;
    }

    private static String versions(List<Instrument> instruments, java.util.function.Predicate<Instrument> has) {
        Set<String> versions = new TreeSet<>();
        instruments.stream().filter(has).forEach(i -> versions.add(i.version()));
        return String.join(", ", versions);
    }
}
