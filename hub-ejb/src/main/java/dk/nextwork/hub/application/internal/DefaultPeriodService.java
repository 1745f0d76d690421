package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.PeriodService;
import dk.nextwork.hub.application.PeriodView;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

@Stateless
public class DefaultPeriodService implements PeriodService {

    @Inject
    ReportingPeriodRepository periods;

    @Override
    public List<PeriodView> periods() {
        return periods.findAll().stream()
                .sorted(Comparator.comparing(ReportingPeriod::firstDay).reversed())
                .map(PeriodView::of)
                .toList();
    }
}
