package dk.nextwork.hub.domain.model.period;

import java.util.List;
import java.util.Optional;

/** Where reporting periods are kept. */
public interface ReportingPeriodRepository {

    /** Every period, the newest first. */
    List<ReportingPeriod> newestFirst();

    Optional<ReportingPeriod> findByCode(String code);

    void add(ReportingPeriod period);

    /** Writes pending changes now, so the new version number is known. */
    void flush();
}
