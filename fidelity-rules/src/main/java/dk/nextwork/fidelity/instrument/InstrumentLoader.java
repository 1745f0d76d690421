package dk.nextwork.fidelity.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.Text;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an instrument from its JSON file and checks it thoroughly, so a malformed file fails at load time with a
 * message naming the file, the item and the field, never later while scoring.
 */
public final class InstrumentLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InstrumentLoader() {}

    /** Loads an instrument from a stream; {@code file} names it in error messages. */
    public static Instrument load(InputStream in, String file) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InstrumentFormatException(
                    file,
                    "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new InstrumentFormatException(file, "cannot be read", e);
        }
        if (root == null || !root.isObject()) {
            throw new InstrumentFormatException(file, null, "(root)", "must be a JSON object");
        }
        return new Reader(file).instrument(root);
    }

    /** Loads an instrument from a class-path resource. */
    public static Instrument loadResource(String resource) {
        InputStream in = InstrumentLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new InstrumentFormatException(resource, null, "(file)", "resource not found");
        }
        try (in) {
            return load(in, resource);
        } catch (IOException e) {
            throw new InstrumentFormatException(resource, "cannot be closed", e);
        }
    }

    private static final class Reader {
        /** The one figure the Hub derives itself, from the period's dates. */
        private static final String WEEKS_IN_PERIOD = "weeksInPeriod";
        /** What the database's NUMERIC(12, 2) column holds. */
        private static final BigDecimal LARGEST_STORED = new BigDecimal("9999999999.99");

        private static final Pattern FIGURE_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

        private final String file;
        private String item;
        private Map<String, KeyFigureDefinition> declared = Map.of();

        Reader(String file) {
            this.file = file;
        }

        Instrument instrument(JsonNode root) {
            allowOnly(
                    root,
                    "",
                    "id",
                    "version",
                    "name",
                    "rules",
                    "bands",
                    "keyFigures",
                    "consistencyRules",
                    "networkFigures",
                    "sections",
                    "items");
            String id = text(root, "id");
            String version = text(root, "version");
            Text name = bilingual(root, "name");
            RuleSettings rules = rules(required(root, "rules"));
            List<Band> bands = bands(required(root, "bands"));
            declared = keyFigures(array(root, "keyFigures"));
            List<ConsistencyRule> consistency = consistencyRules(required(root, "consistencyRules"));
            List<NetworkFigure> network =
                    root.has("networkFigures") ? networkFigures(root.get("networkFigures")) : List.of();

            JsonNode sectionNodes = array(root, "sections");
            Map<String, SectionDraft> sections = new LinkedHashMap<>();
            for (JsonNode node : sectionNodes) {
                String code = text(node, "code");
                allowOnly(node, "sections[" + code + "].", "code", "kind", "name");
                SectionKind kind = kind(node);
                if (sections.put(code, new SectionDraft(code, kind, bilingual(node, "name"))) != null) {
                    fail("sections", "section code " + code + " appears twice");
                }
            }
            if (sections.values().stream().noneMatch(s -> s.kind == SectionKind.PRINCIPLE)) {
                fail("sections", "at least one section must be a principle");
            }

            Set<String> codes = new HashSet<>();
            JsonNode itemNodes = array(root, "items");
            List<JsonNode> ordered = new ArrayList<>();
            // Items are numbered in section order so that every section's items are contiguous.
            for (SectionDraft section : sections.values()) {
                for (JsonNode node : itemNodes) {
                    if (section.code.equals(node.path("section").asText())) {
                        ordered.add(node);
                    }
                }
            }
            for (JsonNode node : itemNodes) {
                item = node.path("code").asText(null);
                String section = text(node, "section");
                if (!sections.containsKey(section)) {
                    fail("section", "unknown section " + section);
                }
            }
            int index = 0;
            for (JsonNode node : ordered) {
                item = null;
                String code = text(node, "code");
                item = code;
                allowOnly(node, "", "code", "section", "text", "intent", "anchors", "dataRule");
                if (!codes.add(code)) {
                    fail("code", "item code appears twice");
                }
                SectionDraft section = sections.get(text(node, "section"));
                Item built = new Item(
                        code,
                        section.code,
                        index++,
                        bilingual(node, "text"),
                        bilingual(node, "intent"),
                        anchors(node),
                        node.hasNonNull("dataRule") ? dataRule(node.get("dataRule")) : null);
                section.items.add(built);
            }
            item = null;
            for (SectionDraft section : sections.values()) {
                if (section.items.isEmpty()) {
                    fail("sections", "section " + section.code + " has no items");
                }
            }
            return new Instrument(
                    id,
                    version,
                    name,
                    sections.values().stream()
                            .map(s -> new Section(s.code, s.kind, s.name, s.items))
                            .toList(),
                    bands,
                    rules,
                    List.copyOf(declared.values()),
                    consistency,
                    network);
        }

        /** The key figures the file declares, in its order; names unique, kinds and bounds the Hub can store. */
        private Map<String, KeyFigureDefinition> keyFigures(JsonNode nodes) {
            Map<String, KeyFigureDefinition> result = new LinkedHashMap<>();
            for (JsonNode node : nodes) {
                String code = text(node, "code");
                String where = "keyFigures[" + code + "].";
                allowOnly(node, where, "code", "label", "kind", "maximum", "decimals", "countsYoungPeople");
                if (code.length() > KeyFigureDefinition.MAX_CODE_LENGTH
                        || !FIGURE_NAME.matcher(code).matches()) {
                    fail(
                            where + "code",
                            "a name of letters and digits that starts with a small letter, at most "
                                    + KeyFigureDefinition.MAX_CODE_LENGTH + " characters");
                }
                KeyFigureDefinition.Kind kind = figureKind(node, where);
                BigDecimal maximum = null;
                int decimals = 0;
                if (kind == KeyFigureDefinition.Kind.DERIVED) {
                    if (!code.equals(WEEKS_IN_PERIOD)) {
                        fail(where + "kind", "only " + WEEKS_IN_PERIOD + " is derived (from the period's dates)");
                    }
                    if (node.has("maximum") || node.has("decimals")) {
                        fail(where + "kind", "a derived figure has no maximum or decimals");
                    }
                } else {
                    maximum = maximum(node, where + "maximum");
                    if (kind == KeyFigureDefinition.Kind.DECIMAL) {
                        JsonNode d = node.get("decimals");
                        // The database keeps two decimals.
                        if (d == null || !d.isInt() || d.asInt() < 1 || d.asInt() > 2) {
                            fail(where + "decimals", "a decimal figure has 1 or 2 decimals");
                        }
                        decimals = d.asInt();
                    } else if (node.has("decimals")) {
                        fail(where + "decimals", "a whole figure has no decimals");
                    }
                }
                JsonNode young = node.get("countsYoungPeople");
                if (young != null && !young.isBoolean()) {
                    fail(where + "countsYoungPeople", "must be true or false");
                }
                // Left out, a reported figure counts young people: suppressed rather than shown by mistake.
                KeyFigureDefinition figure = new KeyFigureDefinition(
                        code.intern(),
                        bilingualValue(node.get("label"), where + "label"),
                        kind,
                        maximum,
                        decimals,
                        young == null ? kind != KeyFigureDefinition.Kind.DERIVED : young.asBoolean());
                if (result.put(code, figure) != null) {
                    fail("keyFigures", "key figure " + code + " appears twice");
                }
            }
            return result;
        }

        private KeyFigureDefinition.Kind figureKind(JsonNode node, String where) {
            String kind = text(node, "kind");
            return switch (kind) {
                case "whole" -> KeyFigureDefinition.Kind.WHOLE;
                case "decimal" -> KeyFigureDefinition.Kind.DECIMAL;
                case "derived" -> KeyFigureDefinition.Kind.DERIVED;
                default ->
                    throw new InstrumentFormatException(
                            file, item, where + "kind", "must be 'whole', 'decimal' or 'derived', was '" + kind + "'");
            };
        }

        private BigDecimal maximum(JsonNode node, String field) {
            JsonNode value = node.get("maximum");
            BigDecimal maximum = null;
            if (value != null && (value.isTextual() || value.isNumber())) {
                try {
                    maximum = new BigDecimal(value.asText());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            if (maximum == null || maximum.signum() <= 0 || maximum.compareTo(LARGEST_STORED) > 0) {
                fail(field, "must be a number above 0 and at most " + LARGEST_STORED.toPlainString());
            }
            return maximum;
        }

        /** Each rule: declared, reported figures, added up on the left, at most another one on the right. */
        private List<ConsistencyRule> consistencyRules(JsonNode nodes) {
            if (!nodes.isArray()) {
                fail("consistencyRules", "must be a list (empty where there are none)");
            }
            List<ConsistencyRule> result = new ArrayList<>();
            int i = 0;
            for (JsonNode node : nodes) {
                String where = "consistencyRules[" + i++ + "].";
                allowOnly(node, where, "figures", "atMost");
                JsonNode left = node.get("figures");
                if (left == null || !left.isArray() || left.isEmpty()) {
                    fail(where + "figures", "must list one or more key figures");
                }
                List<String> figures = new ArrayList<>();
                for (JsonNode figure : left) {
                    figures.add(reported(figure.asText(), where + "figures"));
                }
                String atMost = reported(node.path("atMost").asText(""), where + "atMost");
                if (figures.contains(atMost)) {
                    fail(where + "atMost", atMost + " is on both sides");
                }
                result.add(new ConsistencyRule(figures, atMost));
            }
            return result;
        }

        /**
         * Netværket's columns: a count of one figure that counts young people, or a share or ratio of reported figures
         * added up; codes unique, thresholds between 0 and 1 on shares only.
         */
        private List<NetworkFigure> networkFigures(JsonNode nodes) {
            if (!nodes.isArray()) {
                fail("networkFigures", "must be a list");
            }
            List<NetworkFigure> result = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (JsonNode node : nodes) {
                String code = text(node, "code");
                String where = "networkFigures[" + code + "].";
                allowOnly(node, where, "code", "label", "table", "show", "of", "per", "network", "median", "above");
                if (!codes.add(code) || !FIGURE_NAME.matcher(code).matches()) {
                    fail(where + "code", "a name of letters and digits, once in the list");
                }
                String table = text(node, "table");
                if (!NetworkFigure.TABLES.contains(table)) {
                    fail(where + "table", "must be one of " + NetworkFigure.TABLES);
                }
                NetworkFigure.Show show;
                try {
                    show = NetworkFigure.Show.valueOf(text(node, "show").toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new InstrumentFormatException(file, item, where + "show", "must be count, ratio or share");
                }
                List<String> of = figureList(node.get("of"), where + "of");
                List<String> per = node.has("per") ? figureList(node.get("per"), where + "per") : List.of();
                if (show == NetworkFigure.Show.COUNT
                        && (of.size() != 1
                                || !per.isEmpty()
                                || !declared.get(of.get(0)).countsYoungPeople())) {
                    fail(where + "of", "a count is of one figure that counts young people, with no 'per'");
                }
                if (show != NetworkFigure.Show.COUNT && per.isEmpty()) {
                    fail(where + "per", "a share or ratio needs the figures it is per");
                }
                if (show == NetworkFigure.Show.COUNT && node.has("median")) {
                    fail(where + "median", "a median of counts would show small ones: on a share or ratio only");
                }
                if (node.has("above") && !node.get("above").isArray()) {
                    fail(where + "above", "must be a list of shares");
                }
                List<BigDecimal> above = new ArrayList<>();
                for (JsonNode limit : node.path("above")) {
                    BigDecimal share = limit.isNumber() || limit.isTextual() ? decimalOrNull(limit.asText()) : null;
                    if (show != NetworkFigure.Show.SHARE
                            || share == null
                            || share.signum() <= 0
                            || share.compareTo(BigDecimal.ONE) >= 0) {
                        fail(where + "above", "shares between 0 and 1, on a share only");
                    }
                    above.add(share);
                }
                result.add(new NetworkFigure(
                        code,
                        bilingualValue(node.get("label"), where + "label"),
                        table,
                        show,
                        of,
                        per,
                        flag(node, where, "network"),
                        flag(node, where, "median"),
                        above));
            }
            return result;
        }

        private List<String> figureList(JsonNode node, String field) {
            if (node == null || !node.isArray() || node.isEmpty()) {
                fail(field, "must list one or more key figures");
            }
            List<String> figures = new ArrayList<>();
            for (JsonNode figure : node) {
                figures.add(reported(figure.asText(), field));
            }
            return figures;
        }

        private boolean flag(JsonNode node, String where, String name) {
            JsonNode value = node.get(name);
            if (value != null && !value.isBoolean()) {
                fail(where + name, "must be true or false");
            }
            return value != null && value.asBoolean();
        }

        private static BigDecimal decimalOrNull(String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private String reported(String code, String field) {
            KeyFigureDefinition figure = declared.get(code);
            if (figure == null) {
                fail(field, "unknown key figure '" + code + "' (not among keyFigures)");
            } else if (!figure.isReported()) {
                fail(field, code + " is derived, not reported");
            }
            return code;
        }

        private SectionKind kind(JsonNode node) {
            String kind = text(node, "kind");
            try {
                return SectionKind.valueOf(kind.toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new InstrumentFormatException(
                        file, item, "kind", "must be 'principle', 'structure' or 'quality', was '" + kind + "'");
            }
        }

        private Map<Integer, Text> anchors(JsonNode node) {
            JsonNode anchors = node.get("anchors");
            if (anchors == null || !anchors.isObject() || anchors.isEmpty()) {
                fail("anchors", "every item needs anchors for 1, 3 and 5");
            }
            Map<Integer, Text> result = new HashMap<>();
            anchors.fields().forEachRemaining(e -> {
                int level = parseLevel(e.getKey());
                result.put(level, bilingualValue(e.getValue(), "anchors." + e.getKey()));
            });
            for (int level : new int[] {1, 3, 5}) {
                if (!result.containsKey(level)) {
                    fail("anchors." + level, "missing: every item needs anchors for 1, 3 and 5");
                }
            }
            return result;
        }

        private int parseLevel(String key) {
            try {
                int level = Integer.parseInt(key);
                if (level >= 1 && level <= 5) {
                    return level;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InstrumentFormatException(file, item, "anchors." + key, "anchor level must be 1–5");
        }

        private DataRule dataRule(JsonNode node) {
            if (!node.isObject()) {
                fail("dataRule", "must be an object");
            }
            allowOnly(node, "dataRule.", "numerator", "denominator", "denominatorDivisor", "steps", "otherwise");
            List<String> numerators = numerators(node);
            String denominator = figure(node, "dataRule.denominator", false);
            long divisor = 1;
            if (node.has("denominatorDivisor")) {
                JsonNode d = node.get("denominatorDivisor");
                // isIntegralNumber: 13.5 (or even 13.0) is refused rather than silently truncated.
                if (!d.isIntegralNumber() || !d.canConvertToLong() || d.asLong() <= 0) {
                    fail("dataRule.denominatorDivisor", "must be a whole number above 0");
                }
                divisor = d.asLong();
            }
            List<DataRule.Step> steps = new ArrayList<>();
            JsonNode stepNodes = node.get("steps");
            if (stepNodes == null || !stepNodes.isArray() || stepNodes.isEmpty()) {
                fail("dataRule.steps", "a data rule needs at least one step");
            }
            int i = 0;
            for (JsonNode step : stepNodes) {
                String where = "dataRule.steps[" + i++ + "]";
                allowOnly(step, where + ".", "when", "rating");
                String when = step.path("when").asText("").trim();
                int space = when.indexOf(' ');
                if (space < 0) {
                    fail(where + ".when", "expected an operator and a number, such as '>= 0.80', was '" + when + "'");
                }
                Comparison comparison = Comparison.bySymbol(when.substring(0, space))
                        .orElseThrow(() -> new InstrumentFormatException(
                                file, item, where + ".when", "unknown operator in '" + when + "' (use >=, >, <=, <)"));
                Ratio threshold;
                try {
                    threshold = Ratio.parse(when.substring(space + 1));
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new InstrumentFormatException(file, item, where + ".when", "not a number: '" + when + "'");
                }
                steps.add(new DataRule.Step(comparison, threshold, rating(step, where + ".rating")));
            }
            checkOrder(steps);
            return new DataRule(numerators, denominator, divisor, steps, rating(node, "dataRule.otherwise"));
        }

        /**
         * Steps apply in order, the first that holds wins, so every step must be able to apply after the ones before
         * it: lower bounds (&gt;=, &gt;) from the highest threshold down, upper bounds (&lt;, &lt;=) from the lowest
         * up, never mixed.
         */
        private void checkOrder(List<DataRule.Step> steps) {
            for (int i = 1; i < steps.size(); i++) {
                DataRule.Step before = steps.get(i - 1);
                DataRule.Step step = steps.get(i);
                boolean lower = isLowerBound(before.comparison());
                if (lower != isLowerBound(step.comparison())) {
                    fail(
                            "dataRule.steps[" + i + "].when",
                            "mixes lower bounds (>=, >) and upper bounds (<, <=) in one rule");
                }
                int c = step.threshold().compareTo(before.threshold());
                boolean reachable = lower
                        ? c < 0
                                || (c == 0
                                        && before.comparison() == Comparison.ABOVE
                                        && step.comparison() == Comparison.AT_LEAST)
                        : c > 0
                                || (c == 0
                                        && before.comparison() == Comparison.BELOW
                                        && step.comparison() == Comparison.AT_MOST);
                if (!reachable) {
                    fail(
                            "dataRule.steps[" + i + "].when",
                            "thresholds out of order: '" + step.comparison().symbol() + " " + step.threshold()
                                    + "' can never apply after '"
                                    + before.comparison().symbol() + " "
                                    + before.threshold() + "' ("
                                    + (lower
                                            ? "list lower bounds from the highest down"
                                            : "list upper bounds from the lowest up")
                                    + ")");
                }
            }
        }

        private static boolean isLowerBound(Comparison comparison) {
            return comparison == Comparison.AT_LEAST || comparison == Comparison.ABOVE;
        }

        /** Refuses keys the format does not know, so a typo such as {@code dataRul} is an error, not a silent loss. */
        private void allowOnly(JsonNode node, String prefix, String... keys) {
            Set<String> known = Set.of(keys);
            node.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    fail(prefix + name, "unknown key (expected one of " + String.join(", ", keys) + ")");
                }
            });
        }

        /** The numerator: one declared key figure, or a list of them to add up. */
        private List<String> numerators(JsonNode rule) {
            JsonNode node = rule.get("numerator");
            if (node != null && node.isArray()) {
                if (node.isEmpty()) {
                    fail("dataRule.numerator", "must name one or more key figures");
                }
                List<String> figures = new ArrayList<>();
                for (JsonNode figure : node) {
                    figures.add(declared(figure.asText(), "dataRule.numerator"));
                }
                return figures;
            }
            return List.of(figure(rule, "dataRule.numerator", true));
        }

        private String figure(JsonNode rule, String field, boolean required) {
            String key = field.substring(field.indexOf('.') + 1);
            JsonNode node = rule.get(key);
            if (node == null || node.isNull()) {
                if (required) {
                    fail(field, "missing");
                }
                return null;
            }
            return declared(node.asText(), field);
        }

        private String declared(String code, String field) {
            if (!declared.containsKey(code)) {
                fail(field, "unknown key figure '" + code + "' (not among keyFigures)");
            }
            // Interned, as KeyFigures keys are: the scorer's lookups then match by identity.
            return code.intern();
        }

        private int rating(JsonNode node, String field) {
            JsonNode value = node.get(field.substring(field.lastIndexOf('.') + 1));
            if (value == null || !value.isInt() || value.asInt() < 1 || value.asInt() > 5) {
                fail(field, "must be a rating from 1 to 5");
            }
            return value.asInt();
        }

        private RuleSettings rules(JsonNode node) {
            allowOnly(
                    node,
                    "rules.",
                    "evidenceGap",
                    "lowPrincipleBelow",
                    "driftDrop",
                    "calibrationGap",
                    "smallNumberBelow",
                    "maxUnassessablePerSection");
            return new RuleSettings(
                    positiveInt(node, "rules.evidenceGap"),
                    decimal(node, "rules.lowPrincipleBelow"),
                    decimal(node, "rules.driftDrop"),
                    positiveInt(node, "rules.calibrationGap"),
                    positiveInt(node, "rules.smallNumberBelow"),
                    positiveInt(node, "rules.maxUnassessablePerSection"));
        }

        private List<Band> bands(JsonNode node) {
            if (!node.isArray() || node.isEmpty()) {
                fail("bands", "at least one band is required");
            }
            List<Band> bands = new ArrayList<>();
            for (JsonNode band : node) {
                allowOnly(band, "bands.", "code", "minimum", "label");
                bands.add(new Band(text(band, "code"), decimal(band, "bands.minimum"), bilingual(band, "label")));
            }
            if (bands.stream().noneMatch(b -> b.minimum().compareTo(Ratio.ONE) <= 0)) {
                fail("bands", "one band must start at 1 or lower, so every score has a band");
            }
            return bands;
        }

        private Ratio decimal(JsonNode node, String field) {
            JsonNode value = node.get(field.substring(field.lastIndexOf('.') + 1));
            if (value == null || !(value.isNumber() || value.isTextual())) {
                fail(field, "missing or not a number");
            }
            try {
                return Ratio.parse(value.asText());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new InstrumentFormatException(file, item, field, "not a number: '" + value.asText() + "'");
            }
        }

        private int positiveInt(JsonNode node, String field) {
            JsonNode value = node.get(field.substring(field.lastIndexOf('.') + 1));
            if (value == null || !value.isInt() || value.asInt() < 1) {
                fail(field, "must be a whole number of 1 or more");
            }
            return value.asInt();
        }

        private JsonNode required(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                fail(field, "missing");
            }
            return value;
        }

        private JsonNode array(JsonNode node, String field) {
            JsonNode value = required(node, field);
            if (!value.isArray() || value.isEmpty()) {
                fail(field, "must be a non-empty list");
            }
            return value;
        }

        private String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                fail(field, "missing or empty");
            }
            return value.asText().trim();
        }

        private Text bilingual(JsonNode node, String field) {
            return bilingualValue(node.get(field), field);
        }

        private Text bilingualValue(JsonNode value, String field) {
            if (value == null || !value.isObject()) {
                fail(field, "must be an object with 'da' and 'en' texts");
            }
            allowOnly(value, field + ".", "da", "en");
            for (String language : List.of("da", "en")) {
                JsonNode t = value.get(language);
                if (t == null || !t.isTextual() || t.asText().isBlank()) {
                    fail(field + "." + language, "missing or empty");
                }
            }
            return new Text(value.get("da").asText(), value.get("en").asText());
        }

        private void fail(String field, String problem) {
            throw new InstrumentFormatException(file, item, field, problem);
        }
    }

    private static final class SectionDraft {
        final String code;
        final SectionKind kind;
        final Text name;
        final List<Item> items = new ArrayList<>();

        SectionDraft(String code, SectionKind kind, Text name) {
            this.code = code;
            this.kind = kind;
            this.name = name;
        }
    }
}
