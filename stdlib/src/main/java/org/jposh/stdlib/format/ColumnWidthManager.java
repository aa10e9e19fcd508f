package org.jposh.stdlib.format;

/**
 * Fits table columns to a width, as pwsh's ColumnWidthManager: columns without a width share the
 * room left one cell at a time; when the table is too wide the last visible columns shrink, and are
 * hidden (width -1) when they cannot keep one cell.
 */
final class ColumnWidthManager {
    private static final int MINIMUM_COLUMN_WIDTH = 1;
    private static final int SEPARATOR_WIDTH = 1;

    private ColumnWidthManager() {
    }

    static void fit(int[] widths, int tableWidth) {
        if (!assignUnspecified(widths, tableWidth)) {
            trimToFit(widths, tableWidth);
        }
    }

    private static boolean assignUnspecified(int[] widths, int tableWidth) {
        boolean allSpecified = true;
        for (int w : widths) {
            allSpecified &= w > 0;
        }
        if (allSpecified) {
            return totalWidth(widths) <= tableWidth;
        }
        boolean[] fixed = new boolean[widths.length];
        for (int k = 0; k < widths.length; k++) {
            fixed[k] = widths[k] > 0;
            if (widths[k] == 0) {
                widths[k] = MINIMUM_COLUMN_WIDTH;
            }
        }
        int available = tableWidth - totalWidth(widths);
        if (available < 0) {
            return false;
        }
        while (available > 0) {
            for (int k = 0; k < widths.length && available > 0; k++) {
                if (!fixed[k]) {
                    widths[k]++;
                    available--;
                }
            }
        }
        return true;
    }

    private static void trimToFit(int[] widths, int tableWidth) {
        while (true) {
            int excess = totalWidth(widths) - tableWidth;
            if (excess <= 0) {
                return;
            }
            int last = lastVisibleColumn(widths);
            if (last < 0) {
                return;
            }
            int shrunk = widths[last] - excess;
            widths[last] = shrunk < MINIMUM_COLUMN_WIDTH ? -1 : shrunk;
        }
    }

    private static int totalWidth(int[] widths) {
        int sum = 0;
        int visible = 0;
        for (int w : widths) {
            if (w > 0) {
                sum += w;
                visible++;
            }
        }
        return sum + SEPARATOR_WIDTH * (visible - 1);
    }

    private static int lastVisibleColumn(int[] widths) {
        for (int k = 0; k < widths.length; k++) {
            if (widths[k] < 0) {
                return k - 1;
            }
        }
        return widths.length - 1;
    }
}
