package dk.nextwork.hub.application.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dk.nextwork.hub.domain.model.personaldata.StoredTexts;
import dk.nextwork.hub.domain.model.personaldata.TextSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** product.md: no personal data about young people; stored free text is searched for CPR numbers. */
@DisplayName("The search of stored free text for CPR numbers")
class PersonalDataSearchTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    /** Stored texts in memory: evidence of report 4, notes of session 9, a comment on practice 2. */
    private static final class Texts implements StoredTexts {
        final Map<Integer, Stored> latest = new HashMap<>();
        final List<Integer> recordedUnder = new ArrayList<>();
        boolean fails;

        @Override
        public Search search(Predicate<String> holdsPersonalData) {
            if (fails) {
                throw new IllegalStateException("the database went away");
            }
            List<Finding> findings = new ArrayList<>();
            if (holdsPersonalData.test("Mødtes med 010190-1234 om praktik")) {
                findings.add(new Finding(TextSource.REPORT_EVIDENCE, 4, "AI1"));
            }
            if (holdsPersonalData.test("Ugentlige møder med 12 unge siden 2026")) {
                findings.add(new Finding(TextSource.SESSION_NOTES, 9, null));
            }
            if (holdsPersonalData.test("Ring til 0101901234 i morgen")) {
                findings.add(new Finding(TextSource.PRACTICE_COMMENT, 2, null));
            }
            return new Search(3, findings);
        }

        @Override
        public void record(int ruleVersion, Instant at, String by, Search search) {
            recordedUnder.add(ruleVersion);
            latest.put(ruleVersion, new Stored(at, by, search));
        }

        @Override
        public Optional<Stored> latest(int ruleVersion) {
            return Optional.ofNullable(latest.get(ruleVersion));
        }
    }

    private final Texts texts = new Texts();

    private PersonalDataSearch search() {
        PersonalDataSearch search = new PersonalDataSearch();
        search.texts = texts;
        search.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return search;
    }

    @Test
    @DisplayName("a search asked for by the admin finds the texts holding a CPR number, written with or without its"
            + " dash, and is kept as the latest under the rule's version, by whom and when")
    void run() {
        search().run("admin");
        StoredTexts.Stored stored = texts.latest(1).orElseThrow();
        assertThat(stored.by()).isEqualTo("admin");
        assertThat(stored.at()).isEqualTo(NOW);
        assertThat(stored.search().texts()).isEqualTo(3);
        assertThat(stored.search().findings())
                .extracting(StoredTexts.Finding::source)
                .containsExactly(TextSource.REPORT_EVIDENCE, TextSource.PRACTICE_COMMENT);
    }

    @Test
    @DisplayName("after a start, the Hub searches once per version of the rule: not again when that version has a"
            + " search")
    void oncePerRuleVersion() {
        search().searchOnce();
        assertThat(texts.latest(1).orElseThrow().by()).isEqualTo("hub");
        search().searchOnce();
        assertThat(texts.recordedUnder).containsExactly(1);
    }

    @Test
    @DisplayName("a search that fails at start-up never takes the Hub down, and records nothing")
    void failureKeepsTheHubUp() {
        texts.fails = true;
        assertThatCode(() -> search().searchOnce()).doesNotThrowAnyException();
        assertThat(texts.latest(1)).isEmpty();
    }
}
