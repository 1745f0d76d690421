package dk.nextwork.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.nextwork.fidelity.instrument.ConsistencyRule;
import dk.nextwork.fidelity.instrument.DataRule;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentFormatException;
import dk.nextwork.fidelity.instrument.InstrumentLoader;
import dk.nextwork.fidelity.instrument.KeyFigureDefinition;
import dk.nextwork.fidelity.instrument.NetworkFigure;
import dk.nextwork.fidelity.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstrumentLoadingTest {

    @Test
    @DisplayName("Version 1.0 has the four sections and 16 items of the instrument document, in Danish and English")
    void version1MatchesTheDocument() {
        Instrument v1 = Fixtures.V1;
        assertThat(v1.sections()).extracting(s -> s.code()).containsExactly("AI", "MM", "MS", "ST");
        assertThat(v1.principles()).extracting(s -> s.code()).containsExactly("AI", "MM", "MS");
        assertThat(v1.items()).hasSize(16);
        assertThat(v1.items().stream().filter(i -> i.dataRule().isPresent()))
                .extracting(i -> i.code())
                .containsExactly("AI1", "MM1", "MM2", "MM3", "MS1", "MS2", "ST1", "ST2", "ST4");
        assertThat(v1.section("MS").orElseThrow().name().in(Locale.ENGLISH)).isEqualTo("Power shift");
        assertThat(v1.item("AI1").orElseThrow().text().da()).isEqualTo("Praktik frem for kurser");
        assertThat(v1.item("AI1").orElseThrow().anchors()).containsKeys(1, 3, 5);
    }

    @Test
    @DisplayName("Versions 1.0 and 1.1 load side by side, and a result names the version that scored it")
    void versionsLiveSideBySide() {
        Instrument v11 = Fixtures.V1_1;
        assertThat(Fixtures.CATALOG.find("nextwork-fidelity", "1.1")).contains(v11);
        assertThat(v11.items()).hasSize(17);
        assertThat(v11.item("MS5")).isPresent();
        assertThat(Fixtures.V1.item("MS5")).isEmpty();
        assertThat(v11.item("AI2").orElseThrow().text().da())
                .isNotEqualTo(Fixtures.V1.item("AI2").orElseThrow().text().da());

        KeyFigures figures = Fixtures.typicalFigures().build();
        assertThat(Scorer.score(Fixtures.allRated(Fixtures.V1, 4).build(), figures)
                        .scoredWith())
                .isEqualTo("nextwork-fidelity@1.0");
        assertThat(Scorer.score(Fixtures.allRated(v11, 4).build(), figures).scoredWith())
                .isEqualTo("nextwork-fidelity@1.1");
    }

    @Test
    @DisplayName("A data rule with an unknown key figure fails naming the file, the item and the field")
    void unknownKeyFigureIsNamed() {
        String broken = read("nextwork-fidelity-1.0.json")
                .replace("\"numerator\": \"youthInInternship\"", "\"numerator\": \"youthInInternships\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(broken), "broken.json"))
                .isInstanceOf(InstrumentFormatException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("item AI1")
                .hasMessageContaining("dataRule.numerator")
                .hasMessageContaining("youthInInternships");
    }

    @Test
    @DisplayName("Version 1.0 declares the document's 18 key figures in its order: staffing in decimals, weeks derived,"
            + " the rest whole; those about young people marked for suppression; labels in Danish and English")
    void version1DeclaresItsKeyFigures() {
        Instrument v1 = Fixtures.V1;
        assertThat(v1.keyFigures())
                .extracting(KeyFigureDefinition::code)
                .containsExactly(
                        "enrolledYouth",
                        "plannedPlaces",
                        "consultantFte",
                        "psychologistFte",
                        "newEnrolments",
                        "exitsToJob",
                        "exitsToEducation",
                        "exitsOther",
                        "returners",
                        "internshipsStarted",
                        "internshipsChosenByYouth",
                        "internshipsEndedEarly",
                        "youthInInternship",
                        "youthNetworkMeetingsHeld",
                        "eventsHeld",
                        "companyNetworkMeetingsHeld",
                        "activeCompanies",
                        "weeksInPeriod");
        assertThat(v1.keyFigures().stream().filter(f -> f.kind() == KeyFigureDefinition.Kind.DECIMAL))
                .extracting(KeyFigureDefinition::code, KeyFigureDefinition::decimals)
                .containsExactly(tuple("consultantFte", 2), tuple("psychologistFte", 2));
        assertThat(v1.keyFigure("weeksInPeriod").orElseThrow().kind()).isEqualTo(KeyFigureDefinition.Kind.DERIVED);
        assertThat(v1.keyFigure("enrolledYouth").orElseThrow().maximum()).isEqualByComparingTo("1000000");
        assertThat(v1.keyFigures().stream().filter(KeyFigureDefinition::countsYoungPeople))
                .extracting(KeyFigureDefinition::code)
                .containsExactly(
                        "enrolledYouth",
                        "newEnrolments",
                        "exitsToJob",
                        "exitsToEducation",
                        "exitsOther",
                        "returners",
                        "internshipsStarted",
                        "internshipsChosenByYouth",
                        "internshipsEndedEarly",
                        "youthInInternship");
        assertThat(v1.keyFigure("returners").orElseThrow().label().da()).isEqualTo("Gengangere");
        assertThat(v1.keyFigure("returners").orElseThrow().label().en()).isEqualTo("Returners");
        assertThat(v1.consistencyRules()).isEmpty();
    }

    @Test
    @DisplayName("A key figure declared twice, with three decimals, or a consistency rule naming an undeclared figure"
            + " fails naming the field")
    void badKeyFigureDeclarationsAreNamed() {
        String v1 = read("nextwork-fidelity-1.0.json");
        String twice = v1.replace("\"code\": \"plannedPlaces\"", "\"code\": \"enrolledYouth\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(twice), "twice.json"))
                .hasMessageContaining("keyFigures")
                .hasMessageContaining("enrolledYouth appears twice");
        String threeDecimals = v1.replaceFirst("\"decimals\": 2", "\"decimals\": 3");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(threeDecimals), "decimals.json"))
                .hasMessageContaining("keyFigures[consultantFte].decimals");
        String rule = v1.replace(
                "\"consistencyRules\": []",
                "\"consistencyRules\": [{\"figures\": [\"internshipsWithGoals\"], \"atMost\": \"internshipsStarted\"}]");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(rule), "rule.json"))
                .hasMessageContaining("consistencyRules[0].figures")
                .hasMessageContaining("internshipsWithGoals");
        String ruleOk = v1.replace(
                "\"consistencyRules\": []",
                "\"consistencyRules\": [{\"figures\": [\"internshipsEndedEarly\"], \"atMost\": \"internshipsStarted\"}]");
        assertThat(InstrumentLoader.load(stream(ruleOk), "ok.json").consistencyRules())
                .containsExactly(new ConsistencyRule(List.of("internshipsEndedEarly"), "internshipsStarted"));
    }

    @Test
    @DisplayName(
            "Version 2.0 (draft) is 1.0 with Praktikkvalitet beside the fidelity score: PK1–PK4 on the ten internship"
                    + " figures and six consistency rules; STAR's example (155 of 1,107 self-supporting, 300 in a new"
                    + " internship, 100 in wage subsidy) gives PK4 555/1107 → 2, and the fidelity score is 1.0's")
    void versionTwoDraft() {
        Instrument v2 = Fixtures.CATALOG.find("nextwork-fidelity", "2.0").orElseThrow();
        assertThat(Fixtures.CATALOG.latest("nextwork-fidelity")).contains(v2);
        assertThat(v2.sections()).extracting(s -> s.code()).containsExactly("AI", "MM", "MS", "ST", "PK");
        assertThat(v2.principles()).extracting(s -> s.code()).containsExactly("AI", "MM", "MS");
        assertThat(v2.section("PK").orElseThrow().name().da()).isEqualTo("Praktikkvalitet");
        assertThat(v2.items()).hasSize(20);
        for (var item : Fixtures.V1.items()) {
            assertThat(v2.item(item.code()).orElseThrow().text()).isEqualTo(item.text());
        }
        assertThat(v2.keyFigures()).hasSize(28);
        assertThat(v2.keyFigures().subList(0, 17))
                .isEqualTo(Fixtures.V1.keyFigures().subList(0, 17));
        assertThat(v2.keyFigure("youthEndedInternship").orElseThrow().label().da())
                .isEqualTo("Unge, der har afsluttet praktik");
        assertThat(v2.consistencyRules())
                .contains(
                        new ConsistencyRule(List.of("internshipsWithGoalsBeforeStart"), "internshipsStarted"),
                        new ConsistencyRule(List.of("youthEndedInternship"), "internshipsEnded"),
                        new ConsistencyRule(
                                List.of(
                                        "selfSupportingOrdinaryJob",
                                        "selfSupportingFlexJob",
                                        "selfSupportingEducation",
                                        "nextStepNewInternship",
                                        "nextStepWageSubsidy"),
                                "youthEndedInternship"))
                .hasSize(6);

        KeyFigures star = Fixtures.typicalFigures()
                .count("internshipsEnded", 1_200)
                .count("youthEndedInternship", 1_107)
                .count("selfSupportingOrdinaryJob", 60)
                .count("selfSupportingFlexJob", 64)
                .count("selfSupportingEducation", 31)
                .count("nextStepNewInternship", 300)
                .count("nextStepWageSubsidy", 100)
                .count("internshipsWithGoalsBeforeStart", 36)
                .build();
        DataRule.Implied pk4 =
                v2.item("PK4").orElseThrow().dataRule().orElseThrow().apply(star);
        assertThat(pk4.value()).isEqualTo(Ratio.of(555, 1107));
        assertThat(pk4.rating()).isEqualTo(2);
        // 36 of the typical figures' 40 started: 0.90 → 5.
        assertThat(v2.item("PK1")
                        .orElseThrow()
                        .dataRule()
                        .orElseThrow()
                        .apply(star)
                        .rating())
                .isEqualTo(5);
        assertThat(Scorer.score(Fixtures.allRated(v2, 4).build(), star).fidelityScore())
                .isEqualTo(Scorer.score(Fixtures.allRated(Fixtures.V1, 4).build(), star)
                        .fidelityScore())
                .contains(Ratio.of(4));
    }

    @Test
    @DisplayName("A data rule's numerator may add several key figures up (as version 2.0's PK4 does): ST2 over"
            + " psychologists and consultants together, 0.25 + 0.25 → 5; one of them not reported is named")
    void summedNumerator() {
        String summed = read("nextwork-fidelity-1.0.json")
                .replace(
                        "\"numerator\": \"psychologistFte\"",
                        "\"numerator\": [\"psychologistFte\", \"consultantFte\"]");
        Instrument instrument = InstrumentLoader.load(stream(summed), "summed.json");
        DataRule rule = instrument.item("ST2").orElseThrow().dataRule().orElseThrow();
        assertThat(rule.numerators()).containsExactly("psychologistFte", "consultantFte");
        KeyFigures both = KeyFigures.builder()
                .fte("psychologistFte", new BigDecimal("0.25"))
                .fte("consultantFte", new BigDecimal("0.25"))
                .build();
        assertThat(rule.apply(both).rating()).isEqualTo(5);
        assertThat(rule.apply(both).value()).isEqualTo(Ratio.of(1, 2));
        KeyFigures one = KeyFigures.builder()
                .fte("psychologistFte", new BigDecimal("0.25"))
                .build();
        assertThat(rule.apply(one).blockedBy()).isEqualTo("consultantFte");
        String unknown =
                summed.replace("[\"psychologistFte\", \"consultantFte\"]", "[\"psychologistFte\", \"nurseFte\"]");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(unknown), "unknown.json"))
                .hasMessageContaining("item ST2")
                .hasMessageContaining("dataRule.numerator")
                .hasMessageContaining("nurseFte");
    }

    @Test
    @DisplayName("A step with an impossible rating or operator fails naming the step")
    void badStepIsNamed() {
        String badRating =
                read("nextwork-fidelity-1.0.json").replaceFirst("(\"when\": \"< 10\",\\s*\"rating\": )2", "$16");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(badRating), "rating.json"))
                .hasMessageContaining("item ST1")
                .hasMessageContaining("dataRule.steps[0].rating");
        String badOperator = read("nextwork-fidelity-1.0.json").replace("\"< 10\"", "\"=< 10\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(badOperator), "operator.json"))
                .hasMessageContaining("item ST1")
                .hasMessageContaining("dataRule.steps[0].when");
    }

    @Test
    @DisplayName("A missing English text, a duplicate code and broken JSON are each reported precisely")
    void otherMalformations() {
        String noEnglish = read("nextwork-fidelity-1.0.json").replace("\"en\": \"Freedom to switch\"", "\"en\": \"\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(noEnglish), "english.json"))
                .hasMessage("Instrument file english.json, item MS4, field 'text.en': missing or empty");

        String duplicate = read("nextwork-fidelity-1.0.json").replace("\"code\": \"AI2\"", "\"code\": \"AI1\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(duplicate), "dup.json"))
                .hasMessageContaining("dup.json")
                .hasMessageContaining("item AI1")
                .hasMessageContaining("appears twice");

        assertThatThrownBy(() -> InstrumentLoader.load(stream("{\"id\": \"x\",\n \"version\": }"), "json.json"))
                .hasMessageContaining("json.json")
                .hasMessageContaining("line 2");
    }

    @Test
    @DisplayName("An unknown key (a typo such as 'dataRul') is refused naming the file, the item and the key")
    void unknownKeyIsRefused() {
        String typo = read("nextwork-fidelity-1.0.json").replaceFirst("\"dataRule\"", "\"dataRul\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(typo), "typo.json"))
                .isInstanceOf(InstrumentFormatException.class)
                .hasMessageStartingWith("Instrument file typo.json, item AI1, field 'dataRul': unknown key");

        String inRule = read("nextwork-fidelity-1.0.json").replaceFirst("\"otherwise\"", "\"otherwize\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(inRule), "rule.json"))
                .hasMessageStartingWith("Instrument file rule.json, item AI1, field 'dataRule.otherwize': unknown key");

        String atTop = read("nextwork-fidelity-1.0.json").replaceFirst("\"bands\"", "\"band\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(atTop), "top.json"))
                .hasMessageStartingWith("Instrument file top.json, field 'band': unknown key");
    }

    @Test
    @DisplayName("An item without its anchor for 3, or without an intent, is refused naming the item and the field")
    void anchorThreeAndIntentAreRequired() {
        String noThree = read("nextwork-fidelity-1.0.json")
                .replace(
                        "\"3\": {\n          \"da\": \"Skift er muligt, men tager tid.\",\n"
                                + "          \"en\": \"Switching is possible but slow.\"\n        },\n",
                        "");
        assertThat(noThree).isNotEqualTo(read("nextwork-fidelity-1.0.json"));
        assertThatThrownBy(() -> InstrumentLoader.load(stream(noThree), "anchor.json"))
                .hasMessage(
                        "Instrument file anchor.json, item MS4, field 'anchors.3': missing: every item needs anchors"
                                + " for 1, 3 and 5");

        String noIntent = read("nextwork-fidelity-1.0.json")
                .replaceFirst(
                        "\"intent\": \\{\\s*\"da\": \"Teamet har en psykologfunktion.\",\\s*"
                                + "\"en\": \"The team has a psychologist function.\"\\s*\\},",
                        "");
        assertThat(noIntent).isNotEqualTo(read("nextwork-fidelity-1.0.json"));
        assertThatThrownBy(() -> InstrumentLoader.load(stream(noIntent), "intent.json"))
                .hasMessageStartingWith("Instrument file intent.json, item ST2, field 'intent'");
    }

    @Test
    @DisplayName("A fractional divisor is refused, not truncated")
    void fractionalDivisorIsRefused() {
        String fractional = read("nextwork-fidelity-1.0.json")
                .replaceFirst("\"denominatorDivisor\": 13", "\"denominatorDivisor\": 13.5");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(fractional), "divisor.json"))
                .hasMessage(
                        "Instrument file divisor.json, item MM3, field 'dataRule.denominatorDivisor': must be a whole"
                                + " number above 0");
    }

    @Test
    @DisplayName("Thresholds out of order (a step that could never apply) or mixed directions are refused")
    void thresholdsOutOfOrderAreRefused() {
        // AI1: ">= 0.60" before ">= 0.80" would make the 0.80 step unreachable.
        String swapped = read("nextwork-fidelity-1.0.json")
                .replaceFirst("\">= 0.80\"", "\">= 0.XX\"")
                .replaceFirst("\">= 0.60\"", "\">= 0.80\"")
                .replaceFirst("\">= 0.XX\"", "\">= 0.60\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(swapped), "order.json"))
                .hasMessageStartingWith(
                        "Instrument file order.json, item AI1, field 'dataRule.steps[1].when': thresholds"
                                + " out of order");

        // ST1: "<= 22" before "< 15" would make the 15 step unreachable.
        String upper = read("nextwork-fidelity-1.0.json").replace("\"< 15\"", "\"< 25\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(upper), "upper.json"))
                .hasMessageStartingWith(
                        "Instrument file upper.json, item ST1, field 'dataRule.steps[2].when': thresholds"
                                + " out of order");

        String mixed = read("nextwork-fidelity-1.0.json").replace("\"<= 35\"", "\">= 35\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(mixed), "mixed.json"))
                .hasMessageStartingWith("Instrument file mixed.json, item ST1, field 'dataRule.steps[5].when': mixes");
    }

    @Test
    @DisplayName("Netværket's columns: 1.0 declares the six of the outcomes table; 2.0 adds self-supporting after"
            + " internships as (ordinary job + flexjob + education) / ended, pooled, with its median and 20 % and 30 %")
    void networkFigures() {
        Instrument v1 = InstrumentLoader.load(stream(read("nextwork-fidelity-1.0.json")), "1.0");
        assertThat(v1.networkFigures())
                .extracting(NetworkFigure::code, NetworkFigure::table, NetworkFigure::show)
                .containsExactly(
                        tuple("enrolledYouth", "outcomes", NetworkFigure.Show.COUNT),
                        tuple("caseload", "outcomes", NetworkFigure.Show.RATIO),
                        tuple("inInternship", "outcomes", NetworkFigure.Show.SHARE),
                        tuple("chosenByYouth", "outcomes", NetworkFigure.Show.SHARE),
                        tuple("exitsToWork", "outcomes", NetworkFigure.Show.SHARE),
                        tuple("returners", "outcomes", NetworkFigure.Show.COUNT));
        Instrument v2 = InstrumentLoader.load(stream(read("nextwork-fidelity-2.0.json")), "2.0");
        NetworkFigure self = v2.networkFigures().stream()
                .filter(c -> c.code().equals("selfSupportingAfterInternship"))
                .findFirst()
                .orElseThrow();
        assertThat(self.of())
                .containsExactly("selfSupportingOrdinaryJob", "selfSupportingFlexJob", "selfSupportingEducation");
        assertThat(self.per()).containsExactly("youthEndedInternship");
        assertThat(self.network()).isTrue();
        assertThat(self.median()).isTrue();
        assertThat(self.above()).containsExactly(new BigDecimal("0.20"), new BigDecimal("0.30"));
        assertThat(self.label().da()).isEqualTo("Selvforsørgende efter praktik");
    }

    @Test
    @DisplayName("A network column of an undeclared figure, a count of staffing, a share without 'per', a threshold of"
            + " 1,5 or an unknown table fails naming the column and field")
    void badNetworkFiguresAreNamed() {
        String v1 = read("nextwork-fidelity-1.0.json");
        String unknown = v1.replace("\"of\": [\n        \"returners\"", "\"of\": [\n        \"returnees\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(unknown), "unknown.json"))
                .hasMessageContaining("networkFigures[returners].of")
                .hasMessageContaining("returnees");
        String staffing = v1.replace("\"of\": [\n        \"returners\"", "\"of\": [\n        \"consultantFte\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(staffing), "staffing.json"))
                .hasMessageContaining("networkFigures[returners].of");
        String noPer = v1.replaceFirst(",\\s*\"per\": \\[\\s*\"consultantFte\"\\s*\\]", "");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(noPer), "per.json"))
                .hasMessageContaining("networkFigures[caseload].per");
        String table = v1.replace("\"table\": \"outcomes\"", "\"table\": \"results\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(table), "table.json"))
                .hasMessageContaining("networkFigures[enrolledYouth].table");
        String median = v1.replace(
                "\"returners\"\n      ],\n      \"network\": true",
                "\"returners\"\n      ],\n      \"network\": true,\n      \"median\": true");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(median), "median.json"))
                .hasMessageContaining("networkFigures[returners].median");
        String v2 = read("nextwork-fidelity-2.0.json");
        String above = v2.replace("\"0.30\"", "\"1.5\"");
        assertThatThrownBy(() -> InstrumentLoader.load(stream(above), "above.json"))
                .hasMessageContaining("networkFigures[selfSupportingAfterInternship].above");
    }

    @Test
    @DisplayName("A folder's instrument file joins the shipped versions; one naming a shipped version is refused")
    void folderOfInstruments(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws IOException {
        String v1 = read("nextwork-fidelity-1.0.json");
        java.nio.file.Files.writeString(
                folder.resolve("a.json"), v1.replace("\"version\": \"1.0\"", "\"version\": \"3.0\""));
        java.nio.file.Files.writeString(folder.resolve("notes.txt"), "not an instrument");
        assertThat(dk.nextwork.fidelity.instrument.InstrumentCatalog.builtInAnd(folder)
                        .all())
                .extracting(Instrument::version)
                .containsExactly("1.0", "1.1", "2.0", "3.0");
        java.nio.file.Files.writeString(folder.resolve("b.json"), v1);
        assertThatThrownBy(() -> dk.nextwork.fidelity.instrument.InstrumentCatalog.builtInAnd(folder))
                .hasMessageContaining("b.json")
                .hasMessageContaining("nextwork-fidelity 1.0 is in the catalog already");
    }

    @Test
    @DisplayName("A figure declared with one decimal refuses 2,25 with the message for one decimal; 2,5 is kept")
    void oneDecimal() {
        String v1 = read("nextwork-fidelity-1.0.json").replaceFirst("\"decimals\": 2", "\"decimals\": 1");
        KeyFigureDefinition fte = InstrumentLoader.load(stream(v1), "one.json")
                .keyFigure("consultantFte")
                .orElseThrow();
        fte.check(new BigDecimal("2.5"));
        assertThatThrownBy(() -> fte.check(new BigDecimal("2.25")))
                .isInstanceOfSatisfying(
                        dk.nextwork.fidelity.FidelityInputException.class,
                        e -> assertThat(e.key()).isEqualTo("keyFigure.oneDecimal"));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(String name) {
        try (InputStream in = InstrumentLoadingTest.class
                .getClassLoader()
                .getResourceAsStream("dk/nextwork/fidelity/instruments/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
