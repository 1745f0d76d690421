package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.PeriodService;
import dk.nextwork.hub.application.PeriodView;
import dk.nextwork.hub.domain.model.audit.AuditEvent;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

@Stateless
public class DefaultPeriodService implements PeriodService {

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    AuditEventRepository audit;

    @Inject
    Clock clock;

    @Override
    public List<PeriodView> periods() {
        return periods.findAll().stream()
                .sorted(Comparator.comparing(ReportingPeriod::firstDay).reversed())
                .map(PeriodView::of)
                .toList();
    }

    @Override
    public PeriodView open(String code, Caller caller) {
        requireAdmin(caller);
        ReportingPeriod period;
        try {
            period = ReportingPeriod.halfYear(code, PeriodStatus.OPEN);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("code", e.getMessage());
        }
        if (periods.findByCode(code).isPresent()) {
            throw new ConflictException("the period " + code + " exists already");
        }
        periods.add(period);
        periods.flush();
        PeriodView after = PeriodView.of(period);
        audit.append(new AuditEvent(
                Instant.now(clock), caller.username(), "period.opened", "period", code, null, Json.of(after)));
        return after;
    }

    @Override
    public PeriodView changeStatus(String code, String status, long version, Caller caller) {
        requireAdmin(caller);
        ReportingPeriod period =
                periods.findByCode(code).orElseThrow(() -> new NotFoundException("no reporting period " + code));
        PeriodStatus newStatus;
        try {
            newStatus = PeriodStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be PLANNED, OPEN or CLOSED; was " + status);
        }
        if (period.version() != version) {
            throw new ConflictException("the period " + code + " was changed by someone else (version "
                    + period.version() + ", you had " + version + "); its status is now " + period.status());
        }
        PeriodView before = PeriodView.of(period);
        if (newStatus == period.status()) {
            return before;
        }
        period.changeStatus(newStatus);
        periods.flush();
        PeriodView after = PeriodView.of(period);
        audit.append(new AuditEvent(
                Instant.now(clock),
                caller.username(),
                "period.status-changed",
                "period",
                code,
                Json.of(before),
                Json.of(after)));
        return after;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is("network-admin")) {
            throw new AccessDeniedException("only the network admin opens and closes reporting periods");
        }
    }
}
