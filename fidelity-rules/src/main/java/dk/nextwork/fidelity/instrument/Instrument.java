package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the fidelity instrument. Reports are scored, shown and exported against the version they were filed
 * under, so several versions live side by side.
 */
public final class Instrument {

    private final String id;
    private final String version;
    private final Text name;
    private final List<Section> sections;
    private final List<Item> items;
    private final List<Band> bands;
    private final RuleSettings rules;
    private final List<KeyFigureDefinition> keyFigures;
    private final List<ConsistencyRule> consistencyRules;
    private final List<NetworkFigure> networkFigures;
    private final Map<String, Item> itemsByCode = new HashMap<>();
    private final Map<String, KeyFigureDefinition> keyFiguresByCode = new HashMap<>();
    private final int[] sectionOfItem;

    Instrument(
            String id,
            String version,
            Text name,
            List<Section> sections,
            List<Band> bands,
            RuleSettings rules,
            List<KeyFigureDefinition> keyFigures,
            List<ConsistencyRule> consistencyRules,
            List<NetworkFigure> networkFigures) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.sections = List.copyOf(sections);
        this.items = sections.stream().flatMap(s -> s.items().stream()).toList();
        this.bands = bands.stream()
                .sorted((a, b) -> b.minimum().compareTo(a.minimum()))
                .toList();
        this.rules = rules;
        this.sectionOfItem = new int[items.size()];
        for (int s = 0; s < this.sections.size(); s++) {
            for (Item item : this.sections.get(s).items()) {
                sectionOfItem[item.index()] = s;
            }
        }
        items.forEach(item -> itemsByCode.put(item.code(), item));
        this.keyFigures = List.copyOf(keyFigures);
        this.consistencyRules = List.copyOf(consistencyRules);
        this.networkFigures = List.copyOf(networkFigures);
        this.keyFigures.forEach(figure -> keyFiguresByCode.put(figure.code(), figure));
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public Text name() {
        return name;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Section> principles() {
        return sections.stream().filter(Section::isPrinciple).toList();
    }

    public Optional<Section> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** All items, in instrument order; an item's {@code index} is its position here. */
    public List<Item> items() {
        return items;
    }

    public Optional<Item> item(String code) {
        return Optional.ofNullable(itemsByCode.get(code));
    }

    /** The key figures this version declares, in the order the form asks for them. */
    public List<KeyFigureDefinition> keyFigures() {
        return keyFigures;
    }

    public Optional<KeyFigureDefinition> keyFigure(String code) {
        return Optional.ofNullable(keyFiguresByCode.get(code));
    }

    /** The rules between key figures a report of this version must keep. */
    public List<ConsistencyRule> consistencyRules() {
        return consistencyRules;
    }

    /** Netværket's figure columns, in the tables' order. */
    public List<NetworkFigure> networkFigures() {
        return networkFigures;
    }

    /** The position in {@link #sections()} of the section an item belongs to. */
    public int sectionIndexOf(int itemIndex) {
        return sectionOfItem[itemIndex];
    }

    /** Bands from the highest minimum down. */
    public List<Band> bands() {
        return bands;
    }

    /** The band a 1–5 score falls in. */
    public Band bandOf(Ratio score) {
        for (int i = 0, n = bands.size(); i < n; i++) {
            Band band = bands.get(i);
            if (score.isAtLeast(band.minimum())) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }

    public RuleSettings rules() {
        return rules;
    }

    /** {@code id@version}, e.g. {@code nextwork-fidelity@1.0}. */
    public String key() {
        return id + "@" + version;
    }

    @Override
    public String toString() {
        return key();
    }
}
