package dk.nextwork.hub.application.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.domain.model.practice.Activity;
import dk.nextwork.hub.domain.model.practice.PracticeHit;
import dk.nextwork.hub.domain.model.practice.TrialOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A practice, a comment and a trial as typed, and the lengths each field may have. */
@DisplayName("Practice as typed")
class PracticeChecksTest {

    private static final Set<String> PRINCIPLES = Set.of("AI", "MM", "MS");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static PracticeInput input(String title, String summary, String body) {
        return new PracticeInput(title, summary, body, List.of("MS"), List.of("EVENTS"), false, null);
    }

    private static List<String> problems(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream()
                    .map(p -> p.field() + ":" + p.message().key())
                    .toList();
        }
    }

    @Test
    @DisplayName("a practice is read stripped, its body sanitised and its text for search taken from the body")
    void written() {
        PracticeChecks.Written w = PracticeChecks.written(
                new PracticeInput(
                        "  Unge planlægger events ",
                        " Kort ",
                        "<p>De unge <script>alert(1)</script>styrer <b>selv</b></p>",
                        List.of("MS", "AI"),
                        List.of("EVENTS", "TEAM"),
                        true,
                        null),
                PRINCIPLES);
        assertThat(w.title()).isEqualTo("Unge planlægger events");
        assertThat(w.summary()).isEqualTo("Kort");
        assertThat(w.body()).isEqualTo("<p>De unge styrer <b>selv</b></p>");
        assertThat(w.text()).isEqualTo("De unge styrer selv");
        assertThat(w.principles()).containsExactly("AI", "MS");
        assertThat(w.activities()).containsExactlyInAnyOrder(Activity.EVENTS, Activity.TEAM);
    }

    @ParameterizedTest(name = "title {0}, summary {1}, body {2} characters: {3}")
    @DisplayName("a title is at most 200 characters, a summary 1000 and a body 50 000")
    @CsvSource({
        "200, 1000, 50000, ''",
        "201, 1000, 50000, title:problem.text.tooLong",
        "200, 1001, 50000, summary:problem.text.tooLong",
        "200, 1000, 50001, body:problem.text.tooLong"
    })
    void lengths(int title, int summary, int body, String problem) {
        assertThat(problems(() -> PracticeChecks.written(
                        input("t".repeat(title), "s".repeat(summary), "b".repeat(body)), PRINCIPLES)))
                .isEqualTo(problem.isEmpty() ? List.of() : List.of(problem));
    }

    @Test
    @DisplayName("a title needs more than blanks and search markers, and the markers never reach what is saved")
    void titleRequired() {
        String marks = String.valueOf(PracticeHit.MARK_START) + PracticeHit.MARK_END;
        assertThat(problems(() -> PracticeChecks.written(input(" " + marks, "", ""), PRINCIPLES)))
                .containsExactly("title:problem.practice.title.required");
        assertThat(PracticeChecks.written(input("Ung" + marks + "e", "", ""), PRINCIPLES)
                        .title())
                .isEqualTo("Unge");
    }

    @Test
    @DisplayName("every unknown principle and activity is named at its place, and a practice needs a principle")
    void principlesAndActivities() {
        assertThat(problems(() -> PracticeChecks.written(
                        new PracticeInput("T", "", "", List.of("MS", "XX"), List.of("DANS", "TEAM"), false, null),
                        PRINCIPLES)))
                .containsExactly("principles[1]:problem.principle.unknown", "activities[0]:problem.activity.unknown");
        assertThat(problems(() -> PracticeChecks.written(
                        new PracticeInput("T", "", "", List.of(), List.of(), false, null), PRINCIPLES)))
                .containsExactly("principles:problem.practice.principles.required");
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @DisplayName("a comment is 1 to 2000 characters")
    @CsvSource({"0, text:problem.comment.required", "1, ''", "2000, ''", "2001, text:problem.text.tooLong"})
    void comment(int length, String problem) {
        assertThat(problems(() -> PracticeChecks.comment("c".repeat(length))))
                .isEqualTo(problem.isEmpty() ? List.of() : List.of(problem));
    }

    @Test
    @DisplayName("a comment is kept stripped; blanks are no comment")
    void commentStripped() {
        assertThat(PracticeChecks.comment("  Godt set \n")).isEqualTo("Godt set");
        assertThat(problems(() -> PracticeChecks.comment(" \n "))).containsExactly("text:problem.comment.required");
        assertThat(problems(() -> PracticeChecks.comment(null))).containsExactly("text:problem.comment.required");
    }

    @ParameterizedTest(name = "tried {0}: {1}")
    @DisplayName("a trial is dated today or before")
    @CsvSource({
        "2026-12-03, ''",
        "03-12-2026, ''",
        "2020-01-01, ''",
        "2026-12-04, triedOn:problem.trial.date.future",
        "'', triedOn:problem.trial.date.required"
    })
    void triedOn(String triedOn, String problem) {
        assertThat(problems(() -> PracticeChecks.tried(triedOn, "WORKED", null, TODAY)))
                .isEqualTo(problem.isEmpty() ? List.of() : List.of(problem));
    }

    @Test
    @DisplayName("a trial has a known outcome and a note of at most 500 characters, kept stripped or not at all")
    void outcomeAndNote() {
        PracticeChecks.Tried tried = PracticeChecks.tried("2026-12-01", "WORKED", "  Gik godt ", TODAY);
        assertThat(tried.triedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(tried.outcome()).isEqualTo(TrialOutcome.WORKED);
        assertThat(tried.note()).isEqualTo("Gik godt");
        assertThat(PracticeChecks.tried("2026-12-01", "WORKED", " ", TODAY).note())
                .isNull();
        assertThat(PracticeChecks.tried("2026-12-01", "WORKED", "n".repeat(500), TODAY)
                        .note())
                .hasSize(500);
        assertThat(problems(() -> PracticeChecks.tried("2026-12-01", "", "n".repeat(501), TODAY)))
                .containsExactly("outcome:problem.trial.outcome.required", "note:problem.text.tooLong");
        assertThat(problems(() -> PracticeChecks.tried("2026-12-01", "GREAT", null, TODAY)))
                .containsExactly("outcome:problem.trial.outcome");
    }
}
