package dk.nextwork.hub.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.HubException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.interfaces.web.PageActions.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a page does with the services' refusals, without Faces: which answer each one gets. */
@DisplayName("Page actions")
class PageActionsTest {

    /** What the page was told, in order. */
    private final List<String> told = new ArrayList<>();

    private final PageActions.NotFound notFound = () -> told.add("404");

    @Nested
    @DisplayName("loading what the address names")
    class Loading {

        @Test
        @DisplayName("a record found is given to the page, and nothing is answered")
        void found() throws Exception {
            Optional<String> loaded = PageActions.load(7L, id -> "report " + id, notFound);

            assertThat(loaded).contains("report 7");
            assertThat(told).isEmpty();
        }

        @Test
        @DisplayName("an address without an id is 404, and the service is not asked")
        void noId() throws Exception {
            List<Long> asked = new ArrayList<>();

            Optional<String> loaded = PageActions.load(
                    null,
                    id -> {
                        asked.add(id);
                        return "report";
                    },
                    notFound);

            assertThat(loaded).isEmpty();
            assertThat(asked).isEmpty();
            assertThat(told).containsExactly("404");
        }

        @Test
        @DisplayName("a record the service does not find for the user is 404")
        void notFound() throws Exception {
            Optional<String> loaded = PageActions.load(
                    7L,
                    id -> {
                        throw new NotFoundException("notFound.assessment", id);
                    },
                    notFound);

            assertThat(loaded).isEmpty();
            assertThat(told).containsExactly("404");
        }

        @Test
        @DisplayName("what a page loads by itself: true when loaded, false and 404 when not found")
        void byItself() throws Exception {
            assertThat(PageActions.load(() -> told.add("loaded"), notFound)).isTrue();
            assertThat(PageActions.load(
                            () -> {
                                throw new NotFoundException("notFound.municipality", "roskilde");
                            },
                            notFound))
                    .isFalse();

            assertThat(told).containsExactly("loaded", "404");
        }
    }

    @Nested
    @DisplayName("running an action")
    class Running {

        private final Consumer<InvalidInputException> atFields = e -> e.problems()
                .forEach(p -> told.add("field " + p.field() + ": " + p.message().key()));
        private final Consumer<HubException> warning =
                e -> told.add("warning: " + e.message().key());

        private Outcome run(Runnable action) {
            return PageActions.run(action, atFields, warning);
        }

        private static Runnable throwing(RuntimeException e) {
            return () -> {
                throw e;
            };
        }

        @Test
        @DisplayName("an action that runs through is done, and nothing is told")
        void done() {
            Outcome outcome = run(() -> told.add("saved"));

            assertThat(outcome).isEqualTo(Outcome.DONE);
            assertThat(outcome.done()).isTrue();
            assertThat(told).containsExactly("saved");
        }

        @Test
        @DisplayName("invalid input is told at its fields, every one, and is no warning")
        void invalid() {
            Outcome outcome = run(throwing(new InvalidInputException(
                    List.of(FieldProblem.of("heldOn", "problem.date"), FieldProblem.of("title", "problem.required")))));

            assertThat(outcome).isEqualTo(Outcome.INVALID);
            assertThat(outcome.done()).isFalse();
            assertThat(told).containsExactly("field heldOn: problem.date", "field title: problem.required");
        }

        @Test
        @DisplayName(
                "a conflict, a denied action and a record gone meanwhile are each a warning in the service's words")
        void refused() {
            assertThat(run(throwing(new ConflictException("conflict.stale")))).isEqualTo(Outcome.REFUSED);
            assertThat(run(throwing(new AccessDeniedException("access.denied.SUBMIT"))))
                    .isEqualTo(Outcome.REFUSED);
            assertThat(run(throwing(new NotFoundException("notFound.action", 4L))))
                    .isEqualTo(Outcome.REFUSED);

            assertThat(told)
                    .containsExactly(
                            "warning: conflict.stale", "warning: access.denied.SUBMIT", "warning: notFound.action");
        }

        @Test
        @DisplayName("what is no refusal of the user's action passes, untold: an unavailable system, a fault")
        void passes() {
            UnavailableException unavailable = new UnavailableException("unavailable.keycloak.provisioning");
            IllegalStateException fault = new IllegalStateException("a fault");

            assertThatThrownBy(() -> run(throwing(unavailable))).isSameAs(unavailable);
            assertThatThrownBy(() -> run(throwing(fault))).isSameAs(fault);
            assertThat(told).isEmpty();
        }
    }
}
