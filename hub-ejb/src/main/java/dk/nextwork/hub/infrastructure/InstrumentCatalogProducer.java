package dk.nextwork.hub.infrastructure;

import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The instrument versions the Hub ships, loaded once from fidelity-rules. */
@ApplicationScoped
public class InstrumentCatalogProducer {

    /** A pseudo-scoped singleton: the catalog is immutable and final, so it needs no client proxy. */
    @Produces
    @Singleton
    InstrumentCatalog catalog() {
        return InstrumentCatalog.builtIn();
    }
}
