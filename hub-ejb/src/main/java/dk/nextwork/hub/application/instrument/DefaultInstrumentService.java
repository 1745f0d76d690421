package dk.nextwork.hub.application.instrument;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.ConcurrentSaves;
import dk.nextwork.hub.application.common.Versions;
import dk.nextwork.hub.domain.model.instrument.InstrumentChoice;
import dk.nextwork.hub.domain.model.instrument.InstrumentChoiceRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultInstrumentService implements InstrumentService {

    @Inject
    InstrumentCatalog catalog;

    @Inject
    InstrumentChoiceRepository choices;

    @Inject
    KeptChoice kept;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<InstrumentView> versions() {
        String active = kept.get().instrument();
        return catalog.all().stream().map(i -> view(i, i.key().equals(active))).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InstrumentView.Choice choice() {
        return kept.get();
    }

    @Override
    public InstrumentView.Choice choose(String instrument, long version, Caller caller) {
        Access.require(caller, Capability.CHOOSE_INSTRUMENT);
        Instrument chosen = catalog.all().stream()
                .filter(i -> i.key().equals(instrument))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "instrument",
                        "problem.instrument.unknown",
                        String.valueOf(instrument),
                        String.join(
                                ", ",
                                catalog.all().stream().map(Instrument::key).toList())));
        InstrumentChoice choice = choices.current();
        Versions.require(
                choice.version(),
                version,
                () -> Message.of(
                        "conflict.instrument.changed",
                        choice.changedBy(),
                        choice.changedAt(),
                        named(choice.instrumentId(), choice.instrumentVersion())));
        InstrumentView.Choice before = view(choice);
        if (choice.key().equals(chosen.key())) {
            return before;
        }
        choice.choose(chosen.id(), chosen.version(), caller.username(), Instant.now(clock));
        choices.flush();
        InstrumentView.Choice after = view(choice);
        audit.record(caller, "instrument.chosen", "instrument-choice", "active", before, after);
        return after;
    }

    /** A version as people read it ("version 1.1 af NExTWORK fidelitetsinstrument"), never its key. */
    private Message named(String id, String version) {
        return catalog.find(id, version)
                .map(i -> Message.of("instrument.named", i.version(), i.name()))
                .orElseGet(() -> Message.of("instrument.named", version, id));
    }

    static InstrumentView.Choice view(InstrumentChoice c) {
        return new InstrumentView.Choice(c.key(), c.changedAt(), c.changedBy(), c.version());
    }

    private static InstrumentView view(Instrument i, boolean active) {
        return new InstrumentView(
                i.key(),
                i.id(),
                i.version(),
                i.name().da(),
                i.name().en(),
                i.sections().stream()
                        .map(s -> new InstrumentView.Section(
                                s.code(),
                                s.kind().name(),
                                s.name().da(),
                                s.name().en(),
                                s.items().stream().map(Item::code).toList()))
                        .toList(),
                i.keyFigures().stream()
                        .map(f -> new InstrumentView.KeyFigure(
                                f.code(),
                                f.label().da(),
                                f.label().en(),
                                f.kind().name(),
                                f.maximum(),
                                f.decimals(),
                                f.countsYoungPeople()))
                        .toList(),
                i.consistencyRules().stream()
                        .map(r -> new InstrumentView.ConsistencyRule(r.figures(), r.atMost()))
                        .toList(),
                active);
    }
}
