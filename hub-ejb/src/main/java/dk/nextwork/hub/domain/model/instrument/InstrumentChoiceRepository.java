package dk.nextwork.hub.domain.model.instrument;

/** Where the choice of instrument version is kept. */
public interface InstrumentChoiceRepository {

    /** The current choice (there is always one). */
    InstrumentChoice current();

    /** Writes pending changes now, so the new version number is known. */
    void flush();
}
