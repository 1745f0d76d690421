package dk.nextwork.hub.application.instrument;

import dk.nextwork.fidelity.instrument.SectionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One shipped instrument version as pages and the API show it: its name, sections and items, the key figures a report
 * under it gives and the rules between them, and whether new reports are filed under it.
 *
 * @param key {@code id@version}, as reports name the version that scored them
 */
public record InstrumentView(
        String key,
        String id,
        String version,
        String name,
        String nameEn,
        List<Section> sections,
        List<KeyFigure> keyFigures,
        List<ConsistencyRule> consistencyRules,
        boolean active) {

    /** A section with its kind (principle or structure) and items. */
    public record Section(
            String code,
            @Schema(implementation = SectionKind.class) String kind,
            String name,
            String nameEn,
            List<String> items) {}

    /**
     * A key figure as the version declares it: whole numbers, decimals (with at most {@code decimals}) or derived from
     * the period; from 0 to {@code maximum} (none for a derived figure); counts of young people are suppressed under
     * the small-number threshold outside the municipality.
     */
    public record KeyFigure(
            String code,
            String label,
            String labelEn,

            @Schema(enumeration = {"WHOLE", "DECIMAL", "DERIVED"})
            String kind,

            BigDecimal maximum,
            int decimals,
            boolean countsYoungPeople) {}

    /** The figures listed, added up, are at most the other; a draft that breaks it is refused at the figure changed. */
    public record ConsistencyRule(List<String> figures, String atMost) {}

    /** The version new reports are filed under, who chose it and when. */
    public record Choice(String instrument, Instant changedAt, String changedBy, long version) {}

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }
}
