package dk.nextwork.hub.application.period;

import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import java.time.LocalDate;

/** A reporting period as the pages and the API show it. */
public record PeriodView(String code, LocalDate firstDay, LocalDate lastDay, String status, long version) {

    public static PeriodView of(ReportingPeriod p) {
        return new PeriodView(p.code(), p.firstDay(), p.lastDay(), p.status().name(), p.version());
    }
}
