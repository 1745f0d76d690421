package dk.nextwork.hub.application.instrument;

import dk.nextwork.fidelity.instrument.SectionKind;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One shipped instrument version as pages and the API show it: its name, sections and items, and whether new reports
 * are filed under it.
 *
 * @param key {@code id@version}, as reports name the version that scored them
 */
public record InstrumentView(
        String key, String id, String version, String name, String nameEn, List<Section> sections, boolean active) {

    /** A section with its kind (principle or structure) and items. */
    public record Section(
            String code,
            @Schema(implementation = SectionKind.class) String kind,
            String name,
            String nameEn,
            List<String> items) {}

    /** The version new reports are filed under, who chose it and when. */
    public record Choice(String instrument, Instant changedAt, String changedBy, long version) {}

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }
}
