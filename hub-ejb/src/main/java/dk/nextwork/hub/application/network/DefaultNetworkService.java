package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.analysis.RankCorrelation;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.NetworkFigure;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network picture from the read model ({@link NetworkScores}): every figure is aggregated in SQL, and the picture
 * put together from its parts — {@link NetworkOutcomes}, {@link NetworkTrends}, {@link NetworkDrift} and
 * {@link NetworkCalibration} — for what the caller may see, and kept ({@link NetworkPictures}).
 */
@Stateless
public class DefaultNetworkService implements NetworkService {

    @Inject
    NetworkScores scores;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    Instruments instruments;

    @Inject
    NetworkPictures pictures;

    /** Whether demo data is loaded ("true" or "national"), whose figures are made up. */
    @Inject
    @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
    String demoData;

    /**
     * Whose picture it is: every municipality by name ({@link Capability#SEE_EVERY_MUNICIPALITY}), or the own one
     * against the network.
     *
     * @param own the municipality of staff who see only their own, or null for those who see every one
     * @param scope the part of the picture's key that says so: "network" (supervisors, admin, who also get the
     *     totals), "researcher", or "municipality:" and the slug
     */
    private record Audience(boolean everyone, String own, String scope) {

        static Audience of(Caller caller) {
            boolean everyone = Access.allows(caller, Capability.SEE_EVERY_MUNICIPALITY);
            String own = caller.isMunicipalStaff() ? caller.municipality() : null;
            if (!everyone && own == null) {
                throw new AccessDeniedException("access.denied.network");
            }
            return everyone
                    ? new Audience(true, null, caller.isNetworkWide() ? "network" : "researcher")
                    : new Audience(false, own, "municipality:" + own);
        }

        /** Totals only for those who read every report exactly (see {@link NetworkOutcomes#of}). */
        boolean withTotals() {
            return scope.equals("network");
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public NetworkView picture(Caller caller, NetworkQuery query) {
        Access.require(caller, Capability.SEE_NETWORK);
        Instrument active = instruments.active();
        NetworkFilter asked = NetworkFilter.of(query, active);
        Audience audience = Audience.of(caller);
        // The own staff compare with the whole network only: choosing groups of municipalities could single one out.
        NetworkFilter filter = audience.everyone()
                ? asked
                : new NetworkFilter(MunicipalityStatus.IN_THE_NETWORK, asked.from(), asked.to(), asked.principle());
        String trendFor = audience.everyone() ? query.municipality() : audience.own();
        return pictures.get(
                new NetworkPictures.Key(
                        audience.scope(),
                        filter.statuses(),
                        filter.from() == null ? null : filter.from().toString(),
                        filter.to() == null ? null : filter.to().toString(),
                        trendFor,
                        filter.principle(),
                        active.key(),
                        scores.version()),
                () -> compute(audience, filter, trendFor, active));
    }

    /** The picture worked out from the read model (when it is not kept already). */
    private NetworkView compute(Audience audience, NetworkFilter filter, String trendFor, Instrument active) {
        Set<MunicipalityStatus> statuses = filter.statuses();
        String own = audience.own();
        int fewest = active.rules().smallNumberBelow();
        List<NetworkFigure> columns = NetworkOutcomes.columns(active, catalog.all());
        Set<String> parts = NetworkOutcomes.parts(columns);
        boolean exact = audience.withTotals();
        NetworkOutcomes outcomes =
                NetworkOutcomes.of(scores.latestFigures(statuses, own, parts), columns, active, exact, fewest);
        // The own staff's row beside the whole network's figures.
        NetworkOutcomes network = own == null
                ? outcomes
                : NetworkOutcomes.of(scores.latestFigures(statuses, null, parts), columns, active, exact, fewest);
        List<NetworkScores.Score> latestTwo = own == null ? scores.latestTwo(statuses) : scores.latestTwo(own);
        if (own == null
                && trendFor != null
                && latestTwo.stream().noneMatch(s -> s.municipality().equals(trendFor))) {
            throw new NotFoundException("notFound.municipality", trendFor);
        }
        NetworkTrends trends = new NetworkTrends(audience.everyone(), fewest);
        String principle = filter.principle();
        return new NetworkView(
                active.sections().stream().map(Section::code).toList(),
                latest(latestTwo),
                columns.stream()
                        .map(c -> new NetworkView.Column(
                                c.code(),
                                c.table(),
                                c.show().name().toLowerCase(Locale.ROOT),
                                c.label().da(),
                                c.label().en()))
                        .toList(),
                outcomes.rows(),
                network.totals(),
                network.medians(),
                network.above(),
                network.coverage(),
                NetworkOutcomes.perPeriod(
                        scores.figuresPerPeriod(statuses, filter.from(), filter.to(), parts),
                        columns,
                        active,
                        exact,
                        fewest),
                trends.spread(scores.spread(statuses)),
                trendFor,
                trends.trend(
                        scores.medians(statuses, filter.from(), filter.to()),
                        trendFor == null ? List.of() : scores.series(trendFor, filter.from(), filter.to()),
                        principle),
                NetworkDrift.alerts(latestTwo, catalog).stream()
                        .filter(a -> principle == null || a.section().equals(principle))
                        .toList(),
                NetworkCalibration.latestOfEach(scores.supervisorRated(statuses, own, 2, null, null), catalog),
                trendFor == null
                        ? List.of()
                        : NetworkCalibration.history(
                                scores.supervisorRated(Set.of(), trendFor, 0, filter.from(), filter.to()), catalog));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FidelityOutcomesView fidelityOutcomes(Caller caller, NetworkQuery query, String outcome) {
        Access.require(caller, Capability.SEE_NETWORK);
        Instrument active = instruments.active();
        NetworkFilter asked = NetworkFilter.of(query, active);
        List<FieldProblem> problems = new ArrayList<>();
        FidelityOutcomes.Measure measure = measure(outcome, problems);
        if (asked.from() != null && asked.to() != null && asked.to().isBefore(asked.from())) {
            problems.add(FieldProblem.of("to", "problem.range.order", query.to(), query.from()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Audience audience = Audience.of(caller);
        Set<MunicipalityStatus> statuses = audience.everyone() ? asked.statuses() : MunicipalityStatus.IN_THE_NETWORK;
        String from = asked.from() == null ? null : asked.from().toString();
        String to = asked.to() == null ? null : asked.to().toString();
        NetworkPictures.Key picture = new NetworkPictures.Key(
                audience.everyone() ? "everyone" : "staff",
                statuses,
                from,
                to,
                null,
                asked.principle(),
                active.key(),
                scores.version());
        FidelityOutcomesView view = pictures.analysis(
                new NetworkPictures.AnalysisKey(picture, measure.name()),
                () -> analyse(statuses, asked, measure, active.rules().smallNumberBelow()));
        if (audience.withTotals()) {
            return view;
        }
        // What the audience is shown is kept too, so the same question at the same version is the same view (which
        // the page's kept markup is keyed by).
        return pictures.shown(
                new NetworkPictures.AnalysisKey(picture.forScope(audience.scope()), measure.name()),
                () -> shownTo(audience, view));
    }

    /**
     * Researchers see every municipality by name but not every count: a dot whose share is made of a count under 5 is
     * withheld from them, as the network's tables hide that share (it stays in ρ). The own staff see their own dot
     * only, beside the network's correlation.
     */
    private static FidelityOutcomesView shownTo(Audience audience, FidelityOutcomesView view) {
        List<FidelityOutcomesView.Point> shown = view.points().stream()
                .filter(p ->
                        audience.everyone() ? !p.smallCount() : p.municipality().equals(audience.own()))
                .toList();
        return view.showing(shown, audience.everyone() ? view.points().size() - shown.size() : 0);
    }

    private static FidelityOutcomes.Measure measure(String outcome, List<FieldProblem> problems) {
        if (outcome == null || outcome.isBlank()) {
            return FidelityOutcomes.Measure.EXITS;
        }
        for (FidelityOutcomes.Measure m : FidelityOutcomes.Measure.values()) {
            if (m.name().equalsIgnoreCase(outcome.strip())) {
                return m;
            }
        }
        problems.add(FieldProblem.of("outcome", "problem.outcome.unknown", outcome, "exits, returners"));
        return FidelityOutcomes.Measure.EXITS;
    }

    /**
     * The analysis over every municipality the statuses take in, from the read model: ρ for every single period, and
     * the points and ρ over the periods asked for (none asked: the latest period with 3 points or more).
     */
    private FidelityOutcomesView analyse(
            Set<MunicipalityStatus> statuses, NetworkFilter asked, FidelityOutcomes.Measure measure, int fewest) {
        List<NetworkScores.PeriodFidelity> read = scores.fidelityPerPeriod(statuses, asked.principle(), null, null);
        TreeMap<LocalDate, String> codes = new TreeMap<>();
        read.forEach(f -> codes.put(f.firstDay(), f.period()));
        List<FidelityOutcomes.Fidelity> fidelity = read.stream()
                .map(f ->
                        new FidelityOutcomes.Fidelity(f.municipality(), f.municipalityName(), f.firstDay(), f.score()))
                .toList();
        List<FidelityOutcomes.Outcome> outcomes = FidelityOutcomes.outcomes(
                measure,
                scores.figuresPerPeriod(statuses, null, null, measure.figures()).stream()
                        .map(f -> new FidelityOutcomes.FigureRow(f.municipality(), f.firstDay(), f.figure(), f.value()))
                        .toList());
        List<FidelityOutcomesView.PeriodCorrelation> series = new ArrayList<>();
        LocalDate latestWithPoints = null;
        for (Map.Entry<LocalDate, String> period : codes.entrySet()) {
            FidelityOutcomes.Analysis one =
                    FidelityOutcomes.analyse(measure, fidelity, outcomes, Set.of(period.getKey()), fewest);
            series.add(new FidelityOutcomesView.PeriodCorrelation(
                    period.getValue(),
                    correlation(one.now()),
                    correlation(one.lagged()),
                    one.smallOutcome() + one.noOutcome()));
            if (one.now().n() >= 3) {
                latestWithPoints = period.getKey();
            }
        }
        LocalDate from = asked.from() == null ? asked.to() : asked.from();
        LocalDate to = asked.to() == null ? asked.from() : asked.to();
        if (from == null) {
            from = latestWithPoints != null ? latestWithPoints : codes.isEmpty() ? null : codes.lastKey();
            to = from;
        }
        Set<LocalDate> chosen =
                from == null ? Set.of() : codes.subMap(from, true, to, true).keySet();
        FidelityOutcomes.Analysis analysis = FidelityOutcomes.analyse(measure, fidelity, outcomes, chosen, fewest);
        return new FidelityOutcomesView(
                asked.principle() == null ? "total" : asked.principle(),
                measure.name().toLowerCase(Locale.ROOT),
                from == null
                        ? null
                        : ReportingPeriod.halfYearOf(from, PeriodStatus.CLOSED).code(),
                to == null
                        ? null
                        : ReportingPeriod.halfYearOf(to, PeriodStatus.CLOSED).code(),
                analysis.points().stream()
                        .map(p -> new FidelityOutcomesView.Point(
                                p.municipality(), p.name(), p.fidelity(), p.share(), p.smallCount()))
                        .toList(),
                analysis.points().size() + analysis.smallOutcome() + analysis.noOutcome(),
                0,
                analysis.smallOutcome(),
                analysis.noOutcome(),
                correlation(analysis.now()),
                correlation(analysis.lagged()),
                RankCorrelation.INTERVAL_METHOD,
                measure.references.stream()
                        .map(r -> new FidelityOutcomesView.Reference(r.getKey(), r.getValue()))
                        .toList(),
                series,
                "true".equalsIgnoreCase(demoData) || "national".equalsIgnoreCase(demoData));
    }

    private static FidelityOutcomesView.Correlation correlation(RankCorrelation r) {
        return new FidelityOutcomesView.Correlation(r.n(), r.rho(), r.lower(), r.upper());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<NetworkView.DriftAlert> alerts(Caller caller) {
        // The alerts of the whole picture, which is kept once worked out.
        if (caller.isNetworkWide() || caller.isMunicipalStaff()) {
            return picture(caller, NetworkQuery.all()).alerts();
        }
        return List.of();
    }

    /** Each municipality's latest approved report (rank 1) with its scores. */
    private static List<NetworkView.MunicipalityScores> latest(List<NetworkScores.Score> rows) {
        Map<String, List<NetworkScores.Score>> byMunicipality = rows.stream()
                .filter(r -> r.rank() == 1)
                .collect(Collectors.groupingBy(
                        NetworkScores.Score::municipality, LinkedHashMap::new, Collectors.toList()));
        List<NetworkView.MunicipalityScores> result = new ArrayList<>();
        byMunicipality.forEach((slug, list) -> {
            NetworkScores.Score first = list.get(0);
            result.add(new NetworkView.MunicipalityScores(
                    slug,
                    first.municipalityName(),
                    first.status(),
                    first.assessmentId(),
                    first.period(),
                    list.stream()
                            .map(s -> new NetworkView.Score(s.section(), s.exact(), s.value()))
                            .toList()));
        });
        return result;
    }
}
