package dk.nextwork.hub.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** The network's municipalities. */
public interface MunicipalityService {

    /** All municipalities, active ones first, then by name. */
    List<MunicipalityView> municipalities();

    Optional<MunicipalityView> bySlug(@NotBlank String slug);

    /**
     * Changes a municipality's status (the network admin's task), refusing a stale version, and records an audit event.
     *
     * @throws AccessDeniedException unless the caller is the network admin
     * @throws NotFoundException if there is no such municipality
     * @throws ConflictException if someone changed it since {@code expectedVersion}
     */
    MunicipalityView changeStatus(
            @NotBlank String slug, @NotNull String status, long expectedVersion, @NotNull Caller caller);
}
