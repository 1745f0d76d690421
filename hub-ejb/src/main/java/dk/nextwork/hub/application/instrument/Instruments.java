package dk.nextwork.hub.application.instrument;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The services' way to the instruments: the version a report was filed under, the version new reports get, and the
 * principles and items the shipped versions know. Codes are always read from the instruments, never written in code.
 */
@Dependent
public class Instruments {

    @Inject
    InstrumentCatalog catalog;

    @Inject
    KeptChoice choice;

    /** The version a report was filed under (it is always shipped: versions are never removed). */
    public Instrument of(Assessment a) {
        return of(a.instrumentId(), a.instrumentVersion());
    }

    /** The shipped instrument a report was made with, by its id and version. */
    public Instrument of(String id, String version) {
        return find(id, version)
                .orElseThrow(() -> new IllegalStateException("instrument " + id + "@" + version + " is not shipped"));
    }

    Optional<Instrument> find(String id, String version) {
        return catalog.find(id, version);
    }

    /** The version the network admin chose for new reports (kept under the read model's version: every page asks). */
    public Instrument active() {
        String key = choice.get().instrument();
        return catalog.all().stream()
                .filter(i -> i.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the chosen instrument " + key + " is not shipped"));
    }

    /** Every principle code a shipped version has (the active version's first). */
    public Set<String> principleCodes() {
        Set<String> codes = new LinkedHashSet<>();
        active().principles().forEach(s -> codes.add(s.code()));
        catalog.all().forEach(i -> i.principles().forEach(s -> codes.add(s.code())));
        return codes;
    }

    /** Every item code a shipped version has. */
    public Set<String> itemCodes() {
        Set<String> codes = new LinkedHashSet<>();
        catalog.all().forEach(i -> i.items().forEach(item -> codes.add(item.code())));
        return codes;
    }

    /** The section of an item in the version a report was filed under, if it is a principle. */
    public Optional<Section> principleOf(Assessment a, String itemCode) {
        Instrument instrument = of(a);
        return instrument
                .item(itemCode)
                .map(Item::sectionCode)
                .flatMap(instrument::section)
                .filter(Section::isPrinciple);
    }
}
