package org.w3id.apecdekg.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the cells of a table's rows on its grid, row by row, as HTML and the PDF tag tree define
 * spans: a cell spanning several rows repeats its value in the rows below, one spanning several
 * columns is followed by empty cells. Readers place each cell at the next free column (or one they
 * choose) and let this fill the columns that cells from rows above still hold.
 */
public final class SpanCarry {

    private final List<Integer> rowsLeft = new ArrayList<>();
    private final List<String> text = new ArrayList<>();

    /** Fills columns from {@code col} held by cells spanning down from above; returns the next free column. */
    public int fill(List<String> cells, int col) {
        int c = col;
        while (c < rowsLeft.size() && rowsLeft.get(c) > 0) {
            carry(cells, c);
            c++;
        }
        return c;
    }

    /** How many columns the rows so far have used. */
    public int width() {
        return rowsLeft.size();
    }

    /** At the end of a row: fills every column still held from above. */
    public void fillToEnd(List<String> cells, int col) {
        for (int c = col; c < rowsLeft.size(); c++) {
            if (rowsLeft.get(c) > 0) {
                carry(cells, c);
            }
        }
    }

    /** Places a cell at {@code col}: its text, then {@code colspan - 1} empty cells; each held for {@code rowspan - 1} more rows. */
    public void place(List<String> cells, int col, String value, int colspan, int rowspan) {
        for (int k = 0; k < colspan; k++) {
            String v = k == 0 ? value : "";
            set(cells, col + k, v);
            while (rowsLeft.size() <= col + k) {
                rowsLeft.add(0);
                text.add("");
            }
            rowsLeft.set(col + k, rowspan - 1);
            text.set(col + k, v);
        }
    }

    /** Sets column {@code col} of a row, padding it with empty cells. */
    public static void set(List<String> cells, int col, String v) {
        while (cells.size() <= col) {
            cells.add("");
        }
        cells.set(col, v);
    }

    private void carry(List<String> cells, int c) {
        set(cells, c, text.get(c));
        rowsLeft.set(c, rowsLeft.get(c) - 1);
    }
}
