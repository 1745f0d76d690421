package dk.nextwork.hub.application.instrument;

import dk.nextwork.hub.application.common.KeptUnderVersion;
import dk.nextwork.hub.domain.model.instrument.InstrumentChoiceRepository;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which instrument version is active, as every page reads it (for the instrument's texts): kept under the network read
 * model's version, which the database raises when the admin chooses another version (V24), so the next question after
 * a choice is answered from the data, on any number of Hub instances.
 */
@ApplicationScoped
class KeptChoice {

    @Inject
    InstrumentChoiceRepository choices;

    @Inject
    NetworkScores scores;

    private final KeptUnderVersion<InstrumentView.Choice> kept = new KeptUnderVersion<>();

    InstrumentView.Choice get() {
        return kept.get(scores.version(), () -> DefaultInstrumentService.view(choices.current()));
    }
}
