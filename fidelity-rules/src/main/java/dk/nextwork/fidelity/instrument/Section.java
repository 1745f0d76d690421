package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.Text;
import java.util.List;

/** A section of the instrument, such as {@code MS Magtskifte}, with its items in instrument order. */
public record Section(String code, SectionKind kind, Text name, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }

    public boolean isPrinciple() {
        return kind == SectionKind.PRINCIPLE;
    }

    /** Whether a drop between two approved reports, or a score under the low threshold, raises a drift alert. */
    public boolean followsDrift() {
        return kind == SectionKind.PRINCIPLE || kind == SectionKind.QUALITY;
    }
}
