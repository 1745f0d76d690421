package dk.nextwork.hub.application;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a long list, read with the list's own query (offset and limit in SQL), and how many there are in all.
 *
 * @param number the page, from 1
 * @param size the most items on a page
 * @param total the items on every page together
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    /** The most items a caller may ask for on one page. */
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** The number of pages (at least 1, so an empty list is one empty page). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /**
     * The page asked for, or the last page if the list ends before it: a list never answers a page past its end (the
     * API then says which pages there are).
     */
    public static int within(int number, int size, long total) {
        long last = Math.max(1, (total + size - 1) / size);
        return (int) Math.min(number, last);
    }

    /** The first row on the page, from 0: what SQL skips. */
    public static int offset(int number, int size) {
        return Math.toIntExact((long) (number - 1) * size);
    }

    /**
     * Checks a page request: a page from 1 and a size from 1 to {@link #MAX_SIZE}.
     *
     * @throws InvalidInputException naming {@code page} or {@code size}
     */
    public static void require(int number, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (number < 1) {
            problems.add(FieldProblem.of("page", "problem.page.number", number));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "problem.page.size", size, MAX_SIZE));
        }
        InvalidInputException.throwIfAny(problems);
    }
}
