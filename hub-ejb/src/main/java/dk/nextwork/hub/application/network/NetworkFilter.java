package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link NetworkQuery} checked against what exists: its statuses, its periods' first days, its principle.
 *
 * @param statuses the statuses asked for (active and onboarding when none)
 * @param from the first day of the trends' first period, or null
 * @param to the first day of the trends' last period, or null
 * @param principle a principle of the active instrument, or null
 */
record NetworkFilter(Set<MunicipalityStatus> statuses, LocalDate from, LocalDate to, String principle) {

    /** @throws InvalidInputException naming each field that holds a status, period or principle that does not exist */
    static NetworkFilter of(NetworkQuery query, Instrument active) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<MunicipalityStatus> statuses = query.statuses().isEmpty()
                ? MunicipalityStatus.IN_THE_NETWORK
                : query.statuses().stream()
                        .map(MunicipalityStatus::byName)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toUnmodifiableSet());
        query.statuses().stream()
                .filter(s -> MunicipalityStatus.byName(s).isEmpty())
                .findFirst()
                .ifPresent(s -> problems.add(FieldProblem.of("status", "problem.municipality.status", s)));
        LocalDate from = periodStart("from", query.from(), problems);
        LocalDate to = periodStart("to", query.to(), problems);
        String principle = query.principle();
        List<String> principles =
                active.principles().stream().map(Section::code).toList();
        if (principle != null && !principles.contains(principle)) {
            problems.add(FieldProblem.of(
                    "principle", "problem.principle.unknown", principle, String.join(", ", principles)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NetworkFilter(statuses, from, to, principle);
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
}
