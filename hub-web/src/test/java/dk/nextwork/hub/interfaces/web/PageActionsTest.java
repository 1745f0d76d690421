package dk.nextwork.hub.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
}
