package dk.nextwork.hub.domain.model.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A shared practice")
class PracticeTest {

    private static final Municipality ROSKILDE =
            new Municipality("roskilde", "Roskilde", "265", MunicipalityStatus.ACTIVE);
    private static final Instant CREATED = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    @DisplayName("a new practice is a draft of its author's municipality, seen by that municipality only until"
            + " published")
    void newIsDraft() {
        Practice p = new Practice(ROSKILDE, "consultant.roskilde", CREATED);
        assertThat(p.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(p.municipality()).isEqualTo(ROSKILDE);
        assertThat(p.author()).isEqualTo("consultant.roskilde");
        assertThat(p.createdAt()).isEqualTo(CREATED);
        assertThat(p.updatedAt()).isEqualTo(CREATED);
        assertThatThrownBy(() -> new Practice(null, "consultant.roskilde", CREATED))
                .hasMessage("municipality is required");
        assertThatThrownBy(() -> new Practice(ROSKILDE, null, CREATED)).hasMessage("author is required");
    }

    @Test
    @DisplayName(
            "rewritten, its content and tags are replaced, not added to; a missing summary or body is empty" + " text")
    void write() {
        Practice p = new Practice(ROSKILDE, "consultant.roskilde", CREATED);
        p.write(
                "Praktikbørs",
                "De unge vælger",
                "<p>Sådan</p>",
                "Sådan",
                Set.of("MS", "AI"),
                Set.of(Activity.EVENTS, Activity.PRAKTIK),
                CREATED.plusSeconds(60));
        p.write(
                "Praktikbørs 2",
                null,
                null,
                null,
                Set.of("MM"),
                Set.of(Activity.VIRKSOMHEDSNETVAERK),
                CREATED.plusSeconds(120));
        assertThat(p.title()).isEqualTo("Praktikbørs 2");
        assertThat(p.summary()).isEmpty();
        assertThat(p.body()).isEmpty();
        assertThat(p.bodyText()).isEmpty();
        assertThat(p.principles()).containsExactly("MM");
        assertThat(p.activities()).containsExactly(Activity.VIRKSOMHEDSNETVAERK);
        assertThat(p.updatedAt()).isEqualTo(CREATED.plusSeconds(120));
        assertThat(p.createdAt()).isEqualTo(CREATED);
    }

    @Test
    @DisplayName("a practice has a title")
    void titleRequired() {
        Practice p = new Practice(ROSKILDE, "consultant.roskilde", CREATED);
        assertThatThrownBy(() -> p.write(null, "x", "", "", Set.of(), Set.of(), CREATED))
                .hasMessage("title is required");
    }

    @Test
    @DisplayName("published and archived, it keeps when it was created and records when it changed")
    void status() {
        Practice p = new Practice(ROSKILDE, "consultant.roskilde", CREATED);
        p.changeStatus(PracticeStatus.PUBLISHED, CREATED.plusSeconds(3600));
        assertThat(p.status()).isEqualTo(PracticeStatus.PUBLISHED);
        p.changeStatus(PracticeStatus.ARCHIVED, CREATED.plusSeconds(7200));
        assertThat(p.status()).isEqualTo(PracticeStatus.ARCHIVED);
        assertThat(p.updatedAt()).isEqualTo(CREATED.plusSeconds(7200));
        assertThat(p.createdAt()).isEqualTo(CREATED);
        assertThatThrownBy(() -> p.changeStatus(null, CREATED)).hasMessage("status is required");
    }
}
