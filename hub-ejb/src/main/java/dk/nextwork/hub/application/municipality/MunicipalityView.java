package dk.nextwork.hub.application.municipality;

import dk.nextwork.hub.domain.model.municipality.Municipality;

/** A municipality as the pages and the API show it. */
public record MunicipalityView(String slug, String name, String kommunekode, String status, long version) {

    /** One of Denmark's municipalities that is not in the network and can join it. */
    public record Joinable(String kommunekode, String name) {}

    public static MunicipalityView of(Municipality m) {
        return new MunicipalityView(
                m.slug(), m.name(), m.kommunekode(), m.status().name(), m.version());
    }
}
