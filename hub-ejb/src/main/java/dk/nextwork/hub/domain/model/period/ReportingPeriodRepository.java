package dk.nextwork.hub.domain.model.period;

import java.util.List;
import java.util.Optional;

/** Where reporting periods are kept. */
public interface ReportingPeriodRepository {

    List<ReportingPeriod> findAll();

    Optional<ReportingPeriod> findByCode(String code);

    void add(ReportingPeriod period);
}
