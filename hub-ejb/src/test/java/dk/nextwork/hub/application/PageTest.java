package dk.nextwork.hub.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("One page of a long list")
class PageTest {

    private static Page<String> page(int number, int size, long total) {
        return new Page<>(List.of(), number, size, total);
    }

    @ParameterizedTest(name = "{0} items, {1} a page: {2} page(s)")
    @DisplayName("the pages are the items divided by the page size, rounded up; an empty list is one empty page")
    @CsvSource({"0, 20, 1", "1, 20, 1", "20, 20, 1", "21, 20, 2", "200, 200, 1", "201, 200, 2", "1000, 7, 143"})
    void pages(long total, int size, int pages) {
        assertThat(page(1, size, total).pages()).isEqualTo(pages);
    }

    @ParameterizedTest(name = "page {0} of {1} items, {2} a page: previous {3}, next {4}")
    @DisplayName("a page has a previous page from page 2 on, and a next one until the last")
    @CsvSource({
        "1,  0, 20, false, false",
        "1, 21, 20, false, true",
        "2, 21, 20, true,  false",
        "2, 60, 20, true,  true",
        "3, 60, 20, true,  false"
    })
    void previousAndNext(int number, long total, int size, boolean previous, boolean next) {
        Page<String> p = page(number, size, total);
        assertThat(p.hasPrevious()).isEqualTo(previous);
        assertThat(p.hasNext()).isEqualTo(next);
    }

    @ParameterizedTest(name = "page {0} of {2} items, {1} a page, is page {3}")
    @DisplayName("a page past the end of the list is its last page, and an empty list's only page is page 1")
    @CsvSource({"5, 20, 41, 3", "3, 20, 41, 3", "1, 20, 41, 1", "1, 20, 0, 1", "2, 20, 0, 1", "9, 200, 200, 1"})
    void within(int number, int size, long total, int page) {
        assertThat(Page.within(number, size, total)).isEqualTo(page);
    }

    @ParameterizedTest(name = "page {0}, {1} a page: skip {2}")
    @DisplayName("what SQL skips: the rows of the pages before")
    @CsvSource({"1, 20, 0", "2, 20, 20", "3, 50, 100", "11, 200, 2000"})
    void offset(int number, int size, int offset) {
        assertThat(Page.offset(number, size)).isEqualTo(offset);
    }

    @Test
    @DisplayName("an offset beyond what SQL takes is an error, not a wrapped-around number")
    void offsetOverflow() {
        assertThatThrownBy(() -> Page.offset(Integer.MAX_VALUE, 200)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "page {0}, size {1}: fields at fault [{2}]")
    @DisplayName("a page is asked for from 1, with 1 to 200 items; each field at fault is named")
    @CsvSource({
        " 1,   1, ''",
        " 1, 200, ''",
        " 0,  20, page",
        "-1,  20, page",
        " 1,   0, size",
        " 1, 201, size",
        " 0, 201, page size"
    })
    void require(int number, int size, String fields) {
        if (fields.isEmpty()) {
            assertThatCode(() -> Page.require(number, size)).doesNotThrowAnyException();
            return;
        }
        assertThatThrownBy(() -> Page.require(number, size))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly(fields.split(" ")));
    }

    @Test
    @DisplayName("the size problem says the largest size allowed")
    void sizeMessage() {
        assertThatThrownBy(() -> Page.require(1, 500))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("size", "problem.page.size", 500, 200)));
    }

    @Test
    @DisplayName("a page's items are fixed when it is made")
    void itemsFixed() {
        List<String> items = new ArrayList<>(List.of("Roskilde"));
        Page<String> p = new Page<>(items, 1, 20, 1);
        items.add("Horsens");
        assertThat(p.items()).containsExactly("Roskilde");
        assertThatThrownBy(() -> p.items().add("Vejle")).isInstanceOf(UnsupportedOperationException.class);
    }
}
