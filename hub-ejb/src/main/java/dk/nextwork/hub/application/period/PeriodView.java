package dk.nextwork.hub.application.period;

import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting period as the pages and the API show it. */
public record PeriodView(
        String code,
        LocalDate firstDay,
        LocalDate lastDay,
        @Schema(implementation = PeriodStatus.class) String status,
        long version) {

    public static PeriodView of(ReportingPeriod p) {
        return new PeriodView(p.code(), p.firstDay(), p.lastDay(), p.status().name(), p.version());
    }

    /** Whether the period has the status (compared as the period's own type, not as text). */
    public boolean hasStatus(PeriodStatus wanted) {
        return wanted.name().equals(status);
    }

    /** The period's own rule ({@link ReportingPeriod#isCurrent}): the day lies in it. */
    public boolean isCurrentOn(LocalDate day) {
        return period().isCurrent(day);
    }

    /** The period's own rule ({@link ReportingPeriod#isPastEnd}): its last day is before the day. */
    public boolean isPastEndOn(LocalDate day) {
        return period().isPastEnd(day);
    }

    private ReportingPeriod period() {
        return new ReportingPeriod(code, firstDay, lastDay, PeriodStatus.valueOf(status));
    }
}
