package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.fidelity.scoring.Drift;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.fidelity.scoring.TableSuppression;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.municipality.DanishOrder;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network picture from the read model ({@link NetworkScores}): every figure is aggregated in SQL, and drift is
 * fidelity-rules' {@link Drift} applied to the exact scores stored with the two latest approved reports.
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

    @Override
    public NetworkView picture(Caller caller, NetworkQuery query) {
        Access.require(caller, Capability.SEE_NETWORK);
        List<FieldProblem> problems = new ArrayList<>();
        Set<MunicipalityStatus> chosen = query.statuses().isEmpty()
                ? MunicipalityStatus.IN_THE_NETWORK
                : query.statuses().stream()
                        .map(MunicipalityStatus::byName)
                        .flatMap(Optional::stream)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
        query.statuses().stream()
                .filter(s -> MunicipalityStatus.byName(s).isEmpty())
                .findFirst()
                .ifPresent(s -> problems.add(FieldProblem.of("status", "problem.municipality.status", s)));
        LocalDate from = periodStart("from", query.from(), problems);
        LocalDate to = periodStart("to", query.to(), problems);
        String principle = query.principle();
        if (principle != null
                && instruments.active().principles().stream()
                        .noneMatch(p -> p.code().equals(principle))) {
            problems.add(FieldProblem.of(
                    "principle",
                    "problem.principle.unknown",
                    principle,
                    String.join(
                            ", ",
                            instruments.active().principles().stream()
                                    .map(Section::code)
                                    .toList())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String municipality = query.municipality();
        boolean everyone = caller.isNetworkWide() || caller.has(dk.nextwork.hub.application.Role.RESEARCHER);
        String own = caller.isMunicipalStaff() ? caller.municipality() : null;
        if (!everyone && own == null) {
            throw new dk.nextwork.hub.application.AccessDeniedException("access.denied.network");
        }
        if (!everyone) {
            // The own staff compare with the whole network only: choosing groups of municipalities could single one
            // out.
            chosen = MunicipalityStatus.IN_THE_NETWORK;
        }

        String trendFor = everyone ? municipality : own;
        String scope = caller.isNetworkWide() ? "network" : everyone ? "researcher" : "municipality:" + own;
        Set<MunicipalityStatus> statuses = chosen;
        return pictures.get(
                new NetworkPictures.Key(
                        scope,
                        statuses,
                        from == null ? null : from.toString(),
                        to == null ? null : to.toString(),
                        trendFor,
                        principle,
                        instruments.active().key(),
                        scores.version()),
                () -> compute(caller, everyone, own, statuses, from, to, trendFor, principle));
    }

    /** The picture worked out from the read model (when it is not kept already). */
    private NetworkView compute(
            Caller caller,
            boolean everyone,
            String own,
            Set<MunicipalityStatus> chosen,
            LocalDate from,
            LocalDate to,
            String trendFor,
            String principle) {
        String municipality = trendFor;
        Outcomes outcomes = outcomes(
                everyone ? scores.latestFigures(chosen, null) : scores.latestFigures(chosen, own),
                // Totals only for those who read every report exactly: beside reports published with only the
                // primary rule, a total would give a hidden count back to anyone else.
                caller.isNetworkWide());
        List<NetworkScores.Score> latestTwo =
                everyone ? scores.latestTwo(chosen) : scores.latestTwo(Objects.requireNonNull(own));
        List<String> sections = sections();
        // A municipality's own staff see the network's spread only over enough municipalities that it cannot come
        // close to one other municipality's score (the instrument's small-number threshold).
        int fewest = instruments.active().rules().smallNumberBelow();

        if (everyone
                && municipality != null
                && latestTwo.stream().noneMatch(s -> s.municipality().equals(municipality))) {
            throw new NotFoundException("notFound.municipality", municipality);
        }
        return new NetworkView(
                sections,
                latest(latestTwo),
                outcomes.rows(),
                outcomes.totals(),
                scores.spread(chosen).stream()
                        .filter(s -> everyone || s.municipalities() >= fewest)
                        .map(s -> new NetworkView.Spread(
                                s.section(), s.municipalities(), s.lowerQuartile(), s.median(), s.upperQuartile()))
                        .toList(),
                trendFor,
                trend(chosen, from, to, trendFor).stream()
                        .filter(p -> principle == null || p.section().equals(principle))
                        .map(p -> everyone || p.municipalities() >= fewest
                                ? p
                                : new NetworkView.TrendPoint(
                                        p.period(), p.section(), p.municipalities(), null, p.own()))
                        .toList(),
                alerts(latestTwo).stream()
                        .filter(a -> principle == null || a.section().equals(principle))
                        .toList(),
                latestOfEach(calibration(scores.supervisorRated(chosen, everyone ? null : own, 2, null, null))),
                trendFor == null ? List.of() : calibration(scores.supervisorRated(Set.of(), trendFor, 0, from, to)));
    }

    /** The last (latest) calibration of each municipality, from a list oldest first. */
    private static List<NetworkView.Calibration> latestOfEach(List<NetworkView.Calibration> calibrations) {
        Map<String, NetworkView.Calibration> latest = new LinkedHashMap<>();
        calibrations.forEach(c -> latest.put(c.municipality(), c));
        return List.copyOf(latest.values());
    }

    @Override
    public List<NetworkView.DriftAlert> alerts(Caller caller) {
        // The alerts of the whole picture, which is kept once worked out.
        if (caller.isNetworkWide() || caller.isMunicipalStaff()) {
            return picture(caller, NetworkQuery.all()).alerts();
        }
        return List.of();
    }

    /** The counts of young people in the outcomes table, which have network totals. */
    private static final List<String> COUNTS = List.of("enrolledYouth", "returners");

    /** The outcomes table: a row per municipality, and the network's totals of its counts (or none). */
    private record Outcomes(List<NetworkView.MunicipalityFigures> rows, List<NetworkView.Figure> totals) {}

    /**
     * The outcomes the network follows, from the key figures. A count of young people under the threshold is hidden,
     * with every share worked out from it (primary); with the network's totals published, fidelity-rules'
     * {@link TableSuppression} hides more until no hidden count can be worked out from the totals (secondary), and a
     * share worked out from a count hidden that way is hidden too.
     */
    private Outcomes outcomes(List<NetworkScores.Figure> figures, boolean withTotals) {
        int below = instruments.active().rules().smallNumberBelow();
        Map<String, Map<String, BigDecimal>> byMunicipality = new LinkedHashMap<>();
        figures.forEach(r -> byMunicipality
                .computeIfAbsent(r.municipality(), k -> new LinkedHashMap<>())
                .put(r.figure(), r.value()));
        List<String> slugs = List.copyOf(byMunicipality.keySet());
        // Each count column with its network total is its own table (no row totals are published), over the
        // municipalities that reported the figure: one not reported is no secret and adds nothing to the total.
        boolean[][] hiddenCells = new boolean[slugs.size()][COUNTS.size()];
        List<NetworkView.Figure> totals = new ArrayList<>();
        for (int c = 0; c < COUNTS.size() && withTotals; c++) {
            List<Integer> reported = new ArrayList<>();
            for (int r = 0; r < slugs.size(); r++) {
                if (byMunicipality.get(slugs.get(r)).get(COUNTS.get(c)) != null) {
                    reported.add(r);
                }
            }
            long[][] column = new long[reported.size()][1];
            long total = 0;
            for (int i = 0; i < reported.size(); i++) {
                column[i][0] = byMunicipality
                        .get(slugs.get(reported.get(i)))
                        .get(COUNTS.get(c))
                        .longValue();
                total += column[i][0];
            }
            boolean totalHidden = false;
            if (!reported.isEmpty()) {
                TableSuppression.Hidden hidden =
                        TableSuppression.suppress(new TableSuppression.Table(column, false, true, false), below);
                for (int i = 0; i < reported.size(); i++) {
                    hiddenCells[reported.get(i)][c] = hidden.cell(i, 0);
                }
                totalHidden = hidden.columnTotals()[0];
            }
            totals.add(
                    totalHidden
                            ? NetworkView.Figure.complementary(COUNTS.get(c))
                            : NetworkView.Figure.shown(
                                    COUNTS.get(c), reported.isEmpty() ? null : BigDecimal.valueOf(total)));
        }
        List<NetworkView.MunicipalityFigures> rows = new ArrayList<>();
        for (int r = 0; r < slugs.size(); r++) {
            Map<String, BigDecimal> f = byMunicipality.get(slugs.get(r));
            boolean enrolledHidden = hiddenCells[r][0];
            boolean returnersHidden = hiddenCells[r][1];
            BigDecimal enrolled = f.get("enrolledYouth");
            BigDecimal job = f.get("exitsToJob");
            BigDecimal education = f.get("exitsToEducation");
            BigDecimal other = f.get("exitsOther");
            // The share needs all three exits reported; a small one among them would be given back by the others
            // published with the report, so it hides the share too.
            boolean exitsReported = job != null && education != null && other != null;
            BigDecimal limit = BigDecimal.valueOf(below);
            boolean smallExit = exitsReported
                    && (job.compareTo(limit) < 0 || education.compareTo(limit) < 0 || other.compareTo(limit) < 0);
            BigDecimal exits = exitsReported ? job.add(education).add(other) : null;
            BigDecimal toWork = exitsReported ? job.add(education) : null;
            rows.add(new NetworkView.MunicipalityFigures(
                    slugs.get(r),
                    List.of(
                            hide(count("enrolledYouth", enrolled, below), enrolledHidden),
                            hide(share("caseload", enrolled, f.get("consultantFte"), below, false), enrolledHidden),
                            hide(
                                    share("inInternship", f.get("youthInInternship"), enrolled, below, true),
                                    enrolledHidden),
                            share(
                                    "chosenByYouth",
                                    f.get("internshipsChosenByYouth"),
                                    f.get("internshipsStarted"),
                                    below,
                                    true),
                            smallExit
                                    ? NetworkView.Figure.small("exitsToWork")
                                    : share("exitsToWork", toWork, exits, below, true),
                            hide(count("returners", f.get("returners"), below), returnersHidden))));
        }
        return new Outcomes(rows, totals);
    }

    /** A figure hidden by the secondary rule: shown ones become complementary, small ones stay small. */
    private static NetworkView.Figure hide(NetworkView.Figure figure, boolean hidden) {
        return hidden && figure.value() != null ? NetworkView.Figure.complementary(figure.code()) : figure;
    }

    private static NetworkView.Figure count(String code, BigDecimal value, int below) {
        if (value == null) {
            return NetworkView.Figure.shown(code, null);
        }
        return value.compareTo(BigDecimal.valueOf(below)) < 0
                ? NetworkView.Figure.small(code)
                : NetworkView.Figure.shown(code, value);
    }

    /**
     * A ratio of two figures; hidden when a count of young people in it is small, since the other figure shown would
     * let it be worked back ({@code denominatorIsCount}: whether the denominator counts young people too).
     */
    private static NetworkView.Figure share(
            String code, BigDecimal numerator, BigDecimal denominator, int below, boolean denominatorIsCount) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return NetworkView.Figure.shown(code, null);
        }
        BigDecimal limit = BigDecimal.valueOf(below);
        boolean small = numerator.compareTo(limit) < 0 || (denominatorIsCount && denominator.compareTo(limit) < 0);
        return small
                ? NetworkView.Figure.small(code)
                : NetworkView.Figure.shown(code, numerator.divide(denominator, 4, RoundingMode.HALF_UP));
    }

    /**
     * Calibration per municipality and report, oldest first: fidelity-rules' gaps between the team's and the
     * supervisor's ratings, the mean difference over the items the supervisor rated, and whether it narrowed.
     */
    private List<NetworkView.Calibration> calibration(List<NetworkScores.RatedItem> rows) {
        Map<Long, List<NetworkScores.RatedItem>> byReport = rows.stream()
                .collect(Collectors.groupingBy(
                        NetworkScores.RatedItem::assessmentId, LinkedHashMap::new, Collectors.toList()));
        List<NetworkView.Calibration> result = new ArrayList<>();
        Map<String, NetworkView.Calibration> previous = new LinkedHashMap<>();
        for (List<NetworkScores.RatedItem> items : byReport.values()) {
            NetworkScores.RatedItem first = items.get(0);
            Instrument instrument =
                    catalog.find(first.instrument(), first.instrumentVersion()).orElse(null);
            if (instrument == null) {
                continue;
            }
            Map<String, Integer> self = new LinkedHashMap<>();
            Map<String, Integer> supervisor = new LinkedHashMap<>();
            int rated = 0;
            long differences = 0;
            for (NetworkScores.RatedItem i : items) {
                supervisor.put(i.item(), i.supervisorRating());
                if (i.selfRating() != null) {
                    self.put(i.item(), i.selfRating());
                }
                if (i.selfRating() != null
                        && Ratings.isScore(i.selfRating())
                        && Ratings.isScore(i.supervisorRating())) {
                    rated++;
                    differences += Math.abs(i.selfRating() - i.supervisorRating());
                }
            }
            List<NetworkView.Gap> gaps = dk.nextwork.fidelity.scoring.Calibration.gaps(
                            dk.nextwork.fidelity.scoring.Ratings.of(instrument, self),
                            dk.nextwork.fidelity.scoring.Ratings.of(instrument, supervisor))
                    .stream()
                    .map(g -> new NetworkView.Gap(g.itemCode(), g.selfRating(), g.supervisorRating()))
                    .toList();
            BigDecimal mean = rated == 0
                    ? null
                    : BigDecimal.valueOf(differences).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
            NetworkView.Calibration before = previous.get(first.municipality());
            Boolean narrowed = before == null || before.meanDifference() == null || mean == null
                    ? null
                    : mean.compareTo(before.meanDifference()) < 0;
            List<String> persistent = before == null
                    ? List.of()
                    : gaps.stream()
                            .map(NetworkView.Gap::item)
                            .filter(item -> before.gaps().stream()
                                    .anyMatch(g -> g.item().equals(item)))
                            .toList();
            NetworkView.Calibration c = new NetworkView.Calibration(
                    first.municipality(),
                    first.municipalityName(),
                    first.assessmentId(),
                    first.period(),
                    rated,
                    gaps,
                    mean,
                    narrowed,
                    persistent);
            previous.put(first.municipality(), c);
            result.add(c);
        }
        return result;
    }

    /** The sections in the active instrument's order: the principles, then structure and team. */
    private List<String> sections() {
        return instruments.active().sections().stream().map(Section::code).toList();
    }

    private static LocalDate periodStart(String field, String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return ReportingPeriod.halfYear(code.strip(), PeriodStatus.CLOSED).firstDay();
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "problem.period.code", code));
            return null;
        }
    }

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

    private List<NetworkView.TrendPoint> trend(
            Set<MunicipalityStatus> statuses, LocalDate from, LocalDate to, String municipality) {
        Map<String, java.math.BigDecimal> own = new LinkedHashMap<>();
        if (municipality != null) {
            scores.series(municipality, from, to).forEach(s -> own.put(s.period() + "|" + s.section(), s.value()));
        }
        return scores.medians(statuses, from, to).stream()
                .map(m -> new NetworkView.TrendPoint(
                        m.period(),
                        m.section(),
                        m.municipalities(),
                        m.median(),
                        own.get(m.period() + "|" + m.section())))
                .toList();
    }

    /** Drift between each municipality's two latest approved reports, by fidelity-rules and the report's instrument. */
    private List<NetworkView.DriftAlert> alerts(List<NetworkScores.Score> rows) {
        Map<String, List<NetworkScores.Score>> byMunicipality = rows.stream()
                .collect(Collectors.groupingBy(
                        NetworkScores.Score::municipality, LinkedHashMap::new, Collectors.toList()));
        List<NetworkView.DriftAlert> alerts = new ArrayList<>();
        byMunicipality.forEach((slug, list) -> {
            NetworkScores.Score any =
                    list.stream().filter(s -> s.rank() == 1).findFirst().orElse(null);
            if (any == null) {
                return;
            }
            Instrument instrument =
                    catalog.find(any.instrument(), any.instrumentVersion()).orElse(null);
            if (instrument == null) {
                return;
            }
            for (Section section : instrument.sections()) {
                if (!section.isPrinciple()) {
                    continue;
                }
                NetworkScores.Score now = find(list, 1, section.code());
                NetworkScores.Score before = find(list, 2, section.code());
                if (now == null || now.exact() == null) {
                    continue;
                }
                Ratio previous = before == null || before.exact() == null ? null : Ratio.parse(before.exact());
                Drift.alert(section.code(), previous, Ratio.parse(now.exact()), instrument.rules())
                        .ifPresent(a -> alerts.add(new NetworkView.DriftAlert(
                                slug,
                                now.municipalityName(),
                                now.assessmentId(),
                                a.sectionCode(),
                                before == null ? null : before.period(),
                                before == null ? null : before.value(),
                                now.period(),
                                now.value(),
                                a.dropped(),
                                a.belowThreshold())));
            }
        });
        alerts.sort(Comparator.comparing(NetworkView.DriftAlert::name, DanishOrder.NAMES)
                .thenComparing(NetworkView.DriftAlert::section));
        return alerts;
    }

    private static NetworkScores.Score find(List<NetworkScores.Score> list, int rank, String section) {
        return list.stream()
                .filter(s -> s.rank() == rank && s.section().equals(section))
                .findFirst()
                .orElse(null);
    }
}
