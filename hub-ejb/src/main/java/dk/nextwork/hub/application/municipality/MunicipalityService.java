package dk.nextwork.hub.application.municipality;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.UnavailableException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** The network's municipalities. */
public interface MunicipalityService {

    /** All municipalities, active ones first, then by name. */
    List<MunicipalityView> municipalities();

    Optional<MunicipalityView> bySlug(@NotBlank String slug);

    /** Denmark's municipalities that are not in the network (in any status), in Danish alphabetical order. */
    List<MunicipalityView.Joinable> joinable();

    /**
     * Adds one of Denmark's 98 municipalities to the network (the network admin's task): the municipality with the
     * status onboarding, its group in Keycloak and its lead's account with a temporary password, all or nothing.
     *
     * @throws AccessDeniedException unless the caller is the network admin
     * @throws InvalidInputException for an unknown kommunekode, a missing name or a malformed e-mail address
     * @throws ConflictException if the municipality is already in the network, or the lead's account exists
     * @throws UnavailableException if Keycloak does not answer; nothing is left behind in either system
     */
    AddedMunicipality add(@NotNull NewMunicipality input, @NotNull Caller caller);

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
