package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.MunicipalityService;
import dk.nextwork.hub.application.MunicipalityView;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultMunicipalityService implements MunicipalityService {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AuditLog audit;

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
    public MunicipalityView changeStatus(String slug, String status, long expectedVersion, Caller caller) {
        Access.require(caller, Capability.MANAGE_MUNICIPALITIES);
        Municipality municipality =
                municipalities.findBySlug(slug).orElseThrow(() -> new NotFoundException("notFound.municipality", slug));
        MunicipalityStatus newStatus;
        try {
            newStatus = MunicipalityStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "problem.municipality.status", status);
        }
        Versions.require(
                municipality.version(),
                expectedVersion,
                () -> Message.of(
                        "conflict.municipality.changed",
                        municipality.name(),
                        Message.of("status." + municipality.status())));
        MunicipalityView before = MunicipalityView.of(municipality);
        if (newStatus == municipality.status()) {
            return before;
        }
        municipality.changeStatus(newStatus);
        audit.record(
                caller, "municipality.status-changed", "municipality", slug, before, MunicipalityView.of(municipality));
        // The version is incremented when the transaction commits.
        return new MunicipalityView(
                municipality.slug(),
                municipality.name(),
                municipality.kommunekode(),
                newStatus.name(),
                municipality.version() + 1);
    }
}
