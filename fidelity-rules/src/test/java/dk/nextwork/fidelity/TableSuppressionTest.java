package dk.nextwork.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.scoring.TableSuppression;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Small numbers across municipalities: a count under 5 is never shown, and no hidden count can be worked out from what
 * is shown — the other cells and the row, column and grand totals. The check that nothing can be worked out is an
 * independent one: for each hidden cell, whether adding "this cell" to the published equations raises their rank
 * (exact fractions), i.e. whether two tables that agree on everything shown can differ in that cell.
 */
@Label("Small-number suppression of tables with totals")
class TableSuppressionTest {

    @Example
    @Label("a count of 3 in a column with a published total takes a second cell with it")
    void secondaryInAColumn() {
        // Returners per municipality with a network total: 3 alone would be the total minus the rest.
        long[][] cells = {{12}, {3}, {9}, {20}};
        TableSuppression.Hidden hidden =
                TableSuppression.suppress(new TableSuppression.Table(cells, false, true, false), 5);
        assertThat(hidden.cell(1, 0)).isTrue();
        assertThat(hidden.cell(2, 0)).as("the smallest other cell, 9").isTrue();
        assertThat(hidden.cell(0, 0)).isFalse();
        assertThat(hidden.cell(3, 0)).isFalse();
        assertThat(solvableHiddenCells(cells, hidden)).isEmpty();
    }

    @Example
    @Label("a row and a column with one small cell each: one more cell closes the rectangle")
    void rectangle() {
        long[][] cells = {{2, 10, 11}, {8, 30, 40}, {9, 12, 50}};
        TableSuppression.Hidden hidden =
                TableSuppression.suppress(new TableSuppression.Table(cells, true, true, true), 5);
        assertThat(hidden.cell(0, 0)).isTrue();
        int count = 0;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                count += hidden.cell(r, c) ? 1 : 0;
            }
        }
        assertThat(count).as("2 (primary) … at least a 2×2 rectangle").isGreaterThanOrEqualTo(4);
        assertThat(solvableHiddenCells(cells, hidden)).isEmpty();
    }

    @Property(tries = 300)
    @Label("every count under 5 is hidden, and no hidden cell can be worked out from the published totals")
    void nothingCanBeWorkedOut(@ForAll("tables") TableSuppression.Table table) {
        TableSuppression.Hidden hidden = TableSuppression.suppress(table, 5);
        for (int r = 0; r < table.cells().length; r++) {
            for (int c = 0; c < table.cells()[r].length; c++) {
                if (table.cells()[r][c] < 5) {
                    assertThat(hidden.cell(r, c)).isTrue();
                }
            }
        }
        assertThat(solvableHiddenCells(table.cells(), hidden)).isEmpty();
    }

    @Provide
    Arbitrary<TableSuppression.Table> tables() {
        Arbitrary<Integer> rows = Arbitraries.integers().between(1, 7);
        Arbitrary<Integer> columns = Arbitraries.integers().between(1, 5);
        return Combinators.combine(
                        rows,
                        columns,
                        Arbitraries.longs().between(0, 40).list().ofSize(35),
                        Arbitraries.of(true, false).list().ofSize(3))
                .as((r, c, values, flags) -> {
                    long[][] cells = new long[r][c];
                    for (int i = 0; i < r; i++) {
                        for (int j = 0; j < c; j++) {
                            cells[i][j] = values.get(i * c + j);
                        }
                    }
                    return new TableSuppression.Table(cells, flags.get(0), flags.get(1), flags.get(2));
                });
    }

    /** The hidden cells whose value is fixed by the shown totals: rank of the equations grows with the cell's row. */
    static List<String> solvableHiddenCells(long[][] cells, TableSuppression.Hidden hidden) {
        int rows = cells.length;
        int columns = cells[0].length;
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (hidden.cell(r, c)) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        List<BigInteger[]> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!hidden.rowTotals()[r]) {
                final int row = r;
                equations.add(line(unknowns, u -> u[0] == row));
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!hidden.columnTotals()[c]) {
                final int column = c;
                equations.add(line(unknowns, u -> u[1] == column));
            }
        }
        if (!hidden.grandTotal()) {
            equations.add(line(unknowns, u -> true));
        }
        int rank = rank(equations, unknowns.size());
        List<String> solvable = new ArrayList<>();
        for (int k = 0; k < unknowns.size(); k++) {
            List<BigInteger[]> more = new ArrayList<>(equations);
            BigInteger[] unit = new BigInteger[unknowns.size()];
            java.util.Arrays.fill(unit, BigInteger.ZERO);
            unit[k] = BigInteger.ONE;
            more.add(unit);
            if (rank(more, unknowns.size()) == rank) {
                solvable.add(unknowns.get(k)[0] + "," + unknowns.get(k)[1]);
            }
        }
        return solvable;
    }

    private static BigInteger[] line(List<int[]> unknowns, java.util.function.Predicate<int[]> in) {
        BigInteger[] eq = new BigInteger[unknowns.size()];
        for (int k = 0; k < unknowns.size(); k++) {
            eq[k] = in.test(unknowns.get(k)) ? BigInteger.ONE : BigInteger.ZERO;
        }
        return eq;
    }

    /** Rank by fraction-free elimination (Bareiss-style cross multiplication) in whole numbers. */
    private static int rank(List<BigInteger[]> equations, int columns) {
        List<BigInteger[]> m = new ArrayList<>();
        for (BigInteger[] e : equations) {
            m.add(e.clone());
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < m.size(); c++) {
            int pivot = -1;
            for (int i = rank; i < m.size(); i++) {
                if (m.get(i)[c].signum() != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            java.util.Collections.swap(m, rank, pivot);
            BigInteger[] p = m.get(rank);
            for (int i = rank + 1; i < m.size(); i++) {
                BigInteger[] row = m.get(i);
                if (row[c].signum() != 0) {
                    BigInteger a = p[c];
                    BigInteger b = row[c];
                    for (int j = 0; j < columns; j++) {
                        row[j] = row[j].multiply(a).subtract(p[j].multiply(b));
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
