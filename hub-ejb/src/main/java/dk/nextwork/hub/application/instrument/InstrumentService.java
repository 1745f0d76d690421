package dk.nextwork.hub.application.instrument;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The instrument versions the Hub ships, and which one new self-assessments are filed under. Everyone may read them;
 * the network admin chooses. A report keeps its own version for good.
 */
public interface InstrumentService {

    /** Every shipped version, the one new reports get marked active. */
    List<InstrumentView> versions();

    /** Which version new reports are filed under, and who chose it when. */
    InstrumentView.Choice choice();

    /**
     * Files new reports under another version from now on (network admin); audited.
     *
     * @param instrument the version's key, such as {@code nextwork-fidelity@1.0}
     * @param version the version of the choice the caller last saw
     * @throws InvalidInputException if no such version is shipped
     * @throws ConflictException if someone chose since
     */
    InstrumentView.Choice choose(@NotNull String instrument, long version, @NotNull Caller caller);
}
