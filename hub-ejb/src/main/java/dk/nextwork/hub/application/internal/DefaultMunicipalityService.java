package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.MunicipalityService;
import dk.nextwork.hub.application.MunicipalityView;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.domain.model.audit.AuditEvent;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultMunicipalityService implements MunicipalityService {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AuditEventRepository audit;

    @Inject
    Clock clock;

    @Override
    public List<MunicipalityView> municipalities() {
        return municipalities.findAll().stream()
                .sorted(Comparator.comparing((Municipality m) -> m.status() != MunicipalityStatus.ACTIVE)
                        .thenComparing(Municipality::name))
                .map(MunicipalityView::of)
                .toList();
    }

    @Override
    public Optional<MunicipalityView> bySlug(String slug) {
        return municipalities.findBySlug(slug).map(MunicipalityView::of);
    }

    @Override
    public MunicipalityView changeStatus(String slug, String status, long expectedVersion, String actor) {
        Municipality municipality =
                municipalities.findBySlug(slug).orElseThrow(() -> new NotFoundException("no municipality " + slug));
        MunicipalityStatus newStatus;
        try {
            newStatus = MunicipalityStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of ONBOARDING, ACTIVE, PAUSED, FORMER");
        }
        if (municipality.version() != expectedVersion) {
            throw new ConflictException(municipality.name() + " was changed by someone else (version "
                    + municipality.version() + ", you had " + expectedVersion + "); its status is now "
                    + municipality.status());
        }
        MunicipalityView before = MunicipalityView.of(municipality);
        if (newStatus == municipality.status()) {
            return before;
        }
        municipality.changeStatus(newStatus);
        audit.append(new AuditEvent(
                Instant.now(clock),
                actor,
                "municipality.status-changed",
                "municipality",
                slug,
                Json.of(before),
                Json.of(MunicipalityView.of(municipality))));
        // The version is incremented when the transaction commits.
        return new MunicipalityView(
                municipality.slug(),
                municipality.name(),
                municipality.kommunekode(),
                newStatus.name(),
                municipality.version() + 1);
    }
}
