package dk.nextwork.hub.application.internal;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.fidelity.scoring.Drift;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NetworkService;
import dk.nextwork.hub.application.NetworkView;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network picture from the read model ({@link NetworkScores}): every figure is aggregated in SQL, and drift is
 * fidelity-rules' {@link Drift} applied to the exact scores stored with the two latest approved reports.
 */
@Stateless
public class DefaultNetworkService implements NetworkService {

    private static final Set<String> STATUSES = Set.of("ONBOARDING", "ACTIVE", "PAUSED", "FORMER");
    private static final Set<String> DEFAULT_STATUSES = Set.of("ONBOARDING", "ACTIVE");

    @Inject
    NetworkScores scores;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    Instruments instruments;

    @Override
    public NetworkView picture(
            Caller caller, Set<String> statuses, String fromPeriod, String toPeriod, String municipality) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> chosen = statuses == null || statuses.isEmpty() ? DEFAULT_STATUSES : statuses;
        chosen.stream()
                .filter(s -> !STATUSES.contains(s))
                .findFirst()
                .ifPresent(s -> problems.add(FieldProblem.of("status", "problem.municipality.status", s)));
        LocalDate from = periodStart("from", fromPeriod, problems);
        LocalDate to = periodStart("to", toPeriod, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean everyone = caller.isNetworkWide() || caller.has(dk.nextwork.hub.application.Role.RESEARCHER);
        String own = caller.isMunicipalStaff() ? caller.municipality() : null;
        if (!everyone && own == null) {
            throw new NotFoundException("notFound.municipality", municipality);
        }

        List<NetworkScores.Score> latestTwo =
                everyone ? scores.latestTwo(chosen) : scores.latestTwo(Objects.requireNonNull(own));
        List<String> sections = sections();

        String trendFor = everyone ? municipality : own;
        if (everyone
                && municipality != null
                && latestTwo.stream().noneMatch(s -> s.municipality().equals(municipality))) {
            throw new NotFoundException("notFound.municipality", municipality);
        }
        return new NetworkView(
                sections,
                latest(latestTwo),
                scores.spread(chosen).stream()
                        .map(s -> new NetworkView.Spread(
                                s.section(), s.municipalities(), s.lowerQuartile(), s.median(), s.upperQuartile()))
                        .toList(),
                trendFor,
                trend(chosen, from, to, trendFor),
                alerts(latestTwo));
    }

    @Override
    public List<NetworkView.DriftAlert> alerts(Caller caller) {
        if (caller.isNetworkWide()) {
            return alerts(scores.latestTwo(DEFAULT_STATUSES));
        }
        if (caller.isMunicipalStaff()) {
            return alerts(scores.latestTwo(caller.municipality()));
        }
        return List.of();
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
            Set<String> statuses, LocalDate from, LocalDate to, String municipality) {
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
                Ratio previous =
                        before == null || before.exact() == null ? null : AssessmentScoring.parse(before.exact());
                Drift.alert(section.code(), previous, AssessmentScoring.parse(now.exact()), instrument.rules())
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
        alerts.sort(Comparator.comparing(NetworkView.DriftAlert::name).thenComparing(NetworkView.DriftAlert::section));
        return alerts;
    }

    private static NetworkScores.Score find(List<NetworkScores.Score> list, int rank, String section) {
        return list.stream()
                .filter(s -> s.rank() == rank && s.section().equals(section))
                .findFirst()
                .orElse(null);
    }
}
