package dk.nextwork.hub.application.municipality;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality as the pages and the API show it. */
public record MunicipalityView(
        String slug,
        String name,
        String kommunekode,
        @Schema(implementation = MunicipalityStatus.class) String status,
        long version) {

    /** One of Denmark's municipalities that is not in the network and can join it. */
    public record Joinable(String kommunekode, String name) {}

    public static MunicipalityView of(Municipality m) {
        return new MunicipalityView(
                m.slug(), m.name(), m.kommunekode(), m.status().name(), m.version());
    }
}
