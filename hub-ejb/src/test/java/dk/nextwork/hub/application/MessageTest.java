package dk.nextwork.hub.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A message by key and arguments, worded at the edge")
class MessageTest {

    @Test
    @DisplayName("the arguments are kept in order, a missing one as null, and an argument may be a message itself")
    void arguments() {
        Message inner = Message.of("keyFigure.enrolledYouth");
        Message m = Message.of("implied.zero", inner, null, 3);
        assertThat(m.key()).isEqualTo("implied.zero");
        assertThat(m.args()).containsExactly(inner, null, 3);
    }

    @Test
    @DisplayName("a message cannot be changed afterwards, neither through its list nor through the one it came from")
    void unchangeable() {
        List<Object> args = new ArrayList<>(List.of("Roskilde"));
        Message m = new Message("notFound.municipality", args);
        args.add("Horsens");
        assertThat(m.args()).containsExactly("Roskilde");
        assertThatThrownBy(() -> m.args().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("for logs, the key alone, or the key with its arguments in brackets")
    void forLogs() {
        assertThat(Message.of("conflict.concurrent")).hasToString("conflict.concurrent");
        assertThat(Message.of("problem.page.size", 500, 200)).hasToString("problem.page.size(500, 200)");
        assertThat(Message.of("score.fidelityBlocked", Message.of("section.MM"), null))
                .hasToString("score.fidelityBlocked(section.MM, null)");
    }

    @Test
    @DisplayName("a field problem names the field as the API names it, with its message")
    void fieldProblem() {
        FieldProblem p = FieldProblem.of("keyFigures.enrolledYouth", "problem.keyFigure.negative", -1);
        assertThat(p.field()).isEqualTo("keyFigures.enrolledYouth");
        assertThat(p.message()).isEqualTo(Message.of("problem.keyFigure.negative", -1));
    }

    @Test
    @DisplayName("invalid input names every field at fault, and is thrown only when there is a fault")
    void invalidInput() {
        InvalidInputException.throwIfAny(List.of());
        List<FieldProblem> problems = List.of(
                FieldProblem.of("page", "problem.page.number", 0),
                FieldProblem.of("size", "problem.page.size", 0, 200));
        assertThatThrownBy(() -> InvalidInputException.throwIfAny(problems))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).isEqualTo(problems);
                    assertThat(e.message().key()).isEqualTo("problem.invalid");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "problem.invalid(page: problem.page.number(0); size: problem.page.size(0, 200))");
                });
        assertThat(new InvalidInputException("text", "problem.comment.required").problems())
                .containsExactly(FieldProblem.of("text", "problem.comment.required"));
    }
}
