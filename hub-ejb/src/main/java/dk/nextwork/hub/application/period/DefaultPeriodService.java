package dk.nextwork.hub.application.period;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.ConcurrentSaves;
import dk.nextwork.hub.application.common.Versions;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;

@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultPeriodService implements PeriodService {

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    PeriodList list;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    MunicipalityRepository municipalities;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PeriodView> periods() {
        return list.newestFirst();
    }

    @Override
    public PeriodView open(String code, Caller caller) {
        Access.require(caller, Capability.MANAGE_PERIODS);
        ReportingPeriod period;
        try {
            period = ReportingPeriod.halfYear(code, PeriodStatus.OPEN);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("code", "problem.period.code", String.valueOf(code));
        }
        if (periods.findByCode(code).isPresent()) {
            throw new ConflictException("conflict.period.exists", code);
        }
        periods.add(period);
        periods.flush();
        PeriodView after = PeriodView.of(period);
        audit.record(caller, "period.opened", "period", code, null, after);
        tellLeads(period);
        return after;
    }

    @Override
    public PeriodView changeStatus(String code, String status, long version, Caller caller) {
        Access.require(caller, Capability.MANAGE_PERIODS);
        ReportingPeriod period =
                periods.findByCode(code).orElseThrow(() -> new NotFoundException("notFound.period", code));
        PeriodStatus newStatus;
        try {
            newStatus = PeriodStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "problem.period.status", status);
        }
        Versions.require(
                period.version(),
                version,
                () -> Message.of("conflict.period.changed", code, Message.of("periodStatus." + period.status())));
        PeriodView before = PeriodView.of(period);
        if (newStatus == period.status()) {
            return before;
        }
        period.changeStatus(newStatus);
        periods.flush();
        PeriodView after = PeriodView.of(period);
        audit.record(caller, "period.status-changed", "period", code, before, after);
        if (newStatus == PeriodStatus.OPEN) {
            tellLeads(period);
        }
        return after;
    }

    /** Every active municipality's lead hears that a period is open, once for each period. */
    private void tellLeads(ReportingPeriod period) {
        for (var m : municipalities.withStatus(MunicipalityStatus.ACTIVE)) {
            notifications.task(
                    NotificationKind.PERIOD_OPENED,
                    m.slug(),
                    Link.assessments(),
                    period.code() + ":" + m.slug(),
                    Notifications.submit(m.slug(), period.code()),
                    m.name(),
                    period.code(),
                    period.lastDay().toString());
        }
    }
}
