package dk.nextwork.fidelity.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for a table of counts of young people with published totals, primary and secondary: every
 * count under the threshold is hidden (primary), and then further cells are hidden until no hidden cell can be worked
 * out from what is still shown — the other cells and the row, column and grand totals (secondary).
 *
 * <p>A hidden cell can be worked out exactly when the published totals, as linear equations in the hidden cells,
 * pin it down: when its unit vector lies in the equations' row space. That is decided exactly from the equations'
 * reduced row echelon form (their coefficients are 0 and 1 and the matrix of a table's row and column sums is totally
 * unimodular, so elimination stays in small whole numbers). While a hidden cell can be worked out, the smallest shown
 * cell in its row or column is hidden too; if there is none, the total that gives it away is hidden.
 */
public final class TableSuppression {

    /**
     * A table of counts and which totals are published with it.
     *
     * @param cells the counts, by row and column (every row as long as the first)
     */
    public record Table(long[][] cells, boolean rowTotals, boolean columnTotals, boolean grandTotal) {

        int rows() {
            return cells.length;
        }

        int columns() {
            return cells.length == 0 ? 0 : cells[0].length;
        }

        long rowTotal(int row) {
            long sum = 0;
            for (long v : cells[row]) {
                sum += v;
            }
            return sum;
        }

        long columnTotal(int column) {
            long sum = 0;
            for (long[] row : cells) {
                sum += row[column];
            }
            return sum;
        }

        long grand() {
            long sum = 0;
            for (int r = 0; r < rows(); r++) {
                sum += rowTotal(r);
            }
            return sum;
        }
    }

    /** What is hidden: cells, row totals, column totals and the grand total. */
    public record Hidden(boolean[][] cells, boolean[] rowTotals, boolean[] columnTotals, boolean grandTotal) {

        public boolean cell(int row, int column) {
            return cells[row][column];
        }
    }

    private TableSuppression() {}

    /** Hides every count under {@code below} and whatever else keeps those counts from being worked out. */
    public static Hidden suppress(Table table, int below) {
        int rows = table.rows();
        int columns = table.columns();
        State state = new State(rows, columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                state.cells[r][c] = table.cells()[r][c] < below;
            }
            state.rowTotals[r] = !table.rowTotals() || table.rowTotal(r) < below;
        }
        for (int c = 0; c < columns; c++) {
            state.columnTotals[c] = !table.columnTotals() || table.columnTotal(c) < below;
        }
        state.grand = !table.grandTotal() || table.grand() < below;
        for (int[] exposed = first(exposedCells(state)); exposed != null; exposed = first(exposedCells(state))) {
            hideOneMore(table, state, exposed[0], exposed[1]);
        }
        return new Hidden(state.cells, state.rowTotals, state.columnTotals, state.grand);
    }

    /**
     * Whether a hidden cell can be worked out exactly from the shown cells and the shown totals.
     *
     * @throws IllegalArgumentException if the cell is not hidden
     */
    public static boolean exposed(Hidden hidden, int row, int column) {
        if (!hidden.cell(row, column)) {
            throw new IllegalArgumentException("the cell is shown");
        }
        State state = new State(hidden);
        return exposedCells(state).stream().anyMatch(rc -> rc[0] == row && rc[1] == column);
    }

    /** What is hidden so far, while cells are being added. */
    private static final class State {
        final boolean[][] cells;
        final boolean[] rowTotals;
        final boolean[] columnTotals;
        boolean grand;

        State(int rows, int columns) {
            cells = new boolean[rows][columns];
            rowTotals = new boolean[rows];
            columnTotals = new boolean[columns];
        }

        State(Hidden hidden) {
            cells = hidden.cells();
            rowTotals = hidden.rowTotals();
            columnTotals = hidden.columnTotals();
            grand = hidden.grandTotal();
        }
    }

    private static int[] first(List<int[]> cells) {
        return cells.isEmpty() ? null : cells.get(0);
    }

    /**
     * Hides the smallest shown cell on a published line through the cell (its row if the row total is shown, its
     * column if the column total is), or anywhere if only the grand total gives it away; else the total itself.
     */
    private static void hideOneMore(Table table, State state, int row, int column) {
        int bestRow = -1;
        int bestColumn = -1;
        long best = Long.MAX_VALUE;
        boolean rowShown = !state.rowTotals[row];
        boolean columnShown = !state.columnTotals[column];
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                boolean onLine = (rowShown && r == row) || (columnShown && c == column) || (!rowShown && !columnShown);
                if (onLine && !state.cells[r][c] && table.cells()[r][c] < best) {
                    best = table.cells()[r][c];
                    bestRow = r;
                    bestColumn = c;
                }
            }
        }
        if (bestRow >= 0) {
            state.cells[bestRow][bestColumn] = true;
        } else if (rowShown) {
            state.rowTotals[row] = true;
        } else if (columnShown) {
            state.columnTotals[column] = true;
        } else {
            state.grand = true;
        }
    }

    /** The hidden cells the shown totals pin down, row by row. */
    private static List<int[]> exposedCells(State hidden) {
        int rows = hidden.cells.length;
        int columns = rows == 0 ? 0 : hidden.cells[0].length;
        List<int[]> unknowns = new ArrayList<>();
        int[][] index = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                index[r][c] = -1;
                if (hidden.cells[r][c]) {
                    index[r][c] = unknowns.size();
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return List.of();
        }
        List<double[]> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!hidden.rowTotals[r]) {
                double[] eq = new double[unknowns.size()];
                for (int c = 0; c < columns; c++) {
                    if (index[r][c] >= 0) {
                        eq[index[r][c]] = 1;
                    }
                }
                equations.add(eq);
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!hidden.columnTotals[c]) {
                double[] eq = new double[unknowns.size()];
                for (int r = 0; r < rows; r++) {
                    if (index[r][c] >= 0) {
                        eq[index[r][c]] = 1;
                    }
                }
                equations.add(eq);
            }
        }
        if (!hidden.grand) {
            double[] eq = new double[unknowns.size()];
            java.util.Arrays.fill(eq, 1);
            equations.add(eq);
        }
        boolean[] determined = determined(equations, unknowns.size());
        List<int[]> exposed = new ArrayList<>();
        for (int k = 0; k < unknowns.size(); k++) {
            if (determined[k]) {
                exposed.add(unknowns.get(k));
            }
        }
        return exposed;
    }

    /** For each unknown: whether the equations fix it, from their reduced row echelon form. */
    private static boolean[] determined(List<double[]> equations, int unknowns) {
        double[][] m = equations.toArray(new double[0][]);
        int rows = m.length;
        int[] pivotOfRow = new int[rows];
        boolean[] isPivot = new boolean[unknowns];
        int r = 0;
        for (int c = 0; c < unknowns && r < rows; c++) {
            int p = -1;
            for (int i = r; i < rows; i++) {
                if (Math.abs(m[i][c]) > 1e-9) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            double[] t = m[p];
            m[p] = m[r];
            m[r] = t;
            double pv = m[r][c];
            for (int j = 0; j < unknowns; j++) {
                m[r][j] /= pv;
            }
            for (int i = 0; i < rows; i++) {
                if (i != r && Math.abs(m[i][c]) > 1e-9) {
                    double f = m[i][c];
                    for (int j = 0; j < unknowns; j++) {
                        m[i][j] -= f * m[r][j];
                    }
                }
            }
            pivotOfRow[r] = c;
            isPivot[c] = true;
            r++;
        }
        boolean[] determined = new boolean[unknowns];
        for (int i = 0; i < r; i++) {
            int c = pivotOfRow[i];
            boolean onlyPivots = true;
            for (int j = 0; j < unknowns; j++) {
                if (!isPivot[j] && Math.abs(m[i][j]) > 1e-9) {
                    onlyPivots = false;
                    break;
                }
            }
            determined[c] = onlyPivots;
        }
        return determined;
    }
}
