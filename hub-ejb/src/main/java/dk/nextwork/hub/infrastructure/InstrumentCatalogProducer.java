package dk.nextwork.hub.infrastructure;

import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The instrument versions the Hub ships, loaded once from fidelity-rules, and those in the folder
 * {@code hub.instruments.folder} names, if any: a new version added as a file, with no new build.
 */
@ApplicationScoped
public class InstrumentCatalogProducer {

    private static final Logger LOG = Logger.getLogger(InstrumentCatalogProducer.class.getName());

    @Inject
    @ConfigProperty(name = "hub.instruments.folder")
    Optional<String> folder;

    /** A pseudo-scoped singleton: the catalog is immutable and final, so it needs no client proxy. */
    @Produces
    @Singleton
    InstrumentCatalog catalog() {
        if (folder.isEmpty() || folder.get().isBlank()) {
            return InstrumentCatalog.builtIn();
        }
        InstrumentCatalog catalog = InstrumentCatalog.builtInAnd(Path.of(folder.get()));
        LOG.info(() -> "Instruments: " + catalog.all().size() + " versions, with those in " + folder.get());
        return catalog;
    }
}
