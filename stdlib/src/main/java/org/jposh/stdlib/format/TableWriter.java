package org.jposh.stdlib.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays out table rows, as pwsh's TableWriter: columns separated by one space, the last one not
 * padded, cells longer than their column cut with an ellipsis (at the end, or at the start for right
 * alignment), the header underlined with dashes as long as each label (at most the column's width).
 * With -Wrap (multi-line rows) cells wrap within their columns instead.
 */
final class TableWriter {
    private static final int SEPARATOR = 1;
    private static final int MINIMUM_SCREEN_COLUMNS = 5;

    private int[] widths;
    private Alignment[] alignments;
    private boolean disabled;
    private boolean hideHeader;
    private List<String> header;

    void initialize(int screenColumns, int[] columnWidths, Alignment[] columnAlignments, boolean suppressHeader) {
        if (screenColumns < MINIMUM_SCREEN_COLUMNS) {
            disabled = true;
            return;
        }
        hideHeader = suppressHeader;
        ColumnWidthManager.fit(columnWidths, screenColumns);
        if (Arrays.stream(columnWidths).noneMatch(w -> w >= 1)) {
            disabled = true;
            return;
        }
        widths = columnWidths;
        alignments = columnAlignments;
    }

    /** Writes the header lines and returns how many; a repeated header reuses the first one's lines. */
    int generateHeader(String[] labels, LineOutput lo) {
        if (disabled || hideHeader) {
            return 0;
        }
        if (header != null) {
            header.forEach(lo::writeLine);
            return header.size();
        }
        header = new ArrayList<>();
        generateRow(labels, lo, true, null, header, true);
        String[] dashes = new String[labels.length];
        for (int k = 0; k < dashes.length; k++) {
            int count = widths[k];
            if (count <= 0) {
                dashes[k] = "";
                continue;
            }
            if (labels[k] != null && !labels[k].isEmpty()) {
                count = Math.min(count, DisplayCells.length(labels[k]));
            }
            dashes[k] = "-".repeat(count);
        }
        generateRow(dashes, lo, false, null, header, true);
        return header.size();
    }

    void generateRow(String[] values, LineOutput lo, boolean multiLine, Alignment[] rowAlignments) {
        generateRow(values, lo, multiLine, rowAlignments, null, false);
    }

    private void generateRow(String[] values, LineOutput lo, boolean multiLine, Alignment[] rowAlignments,
                             List<String> generated, boolean isHeader) {
        if (disabled) {
            return;
        }
        Alignment[] current = new Alignment[widths.length];
        for (int i = 0; i < current.length; i++) {
            Alignment a = rowAlignments == null ? Alignment.UNDEFINED : rowAlignments[i];
            current[i] = a == Alignment.UNDEFINED ? alignments[i] : a;
        }
        List<String> lines = multiLine ? multiLineRow(values, current, lo, isHeader)
                : List.of(singleLineRow(values, current, lo, isHeader));
        for (String line : lines) {
            if (generated != null) {
                generated.add(line);
            }
            lo.writeLine(line);
        }
    }

    private String singleLineRow(String[] values, Alignment[] alignment, LineOutput lo, boolean isHeader) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < widths.length; k++) {
            if (widths[k] <= 0) {
                continue;
            }
            if (k > 0) {
                sb.append(' ');
            }
            boolean pad = k < widths.length - 1;
            String field = field(values[k], widths[k], alignment[k], pad);
            if (isHeader) {
                sb.append(lo.headerStyle()).append(field).append(lo.reset());
            } else {
                sb.append(field);
            }
        }
        return sb.toString();
    }

    private List<String> multiLineRow(String[] values, Alignment[] alignment, LineOutput lo, boolean isHeader) {
        int[] valid = java.util.stream.IntStream.range(0, widths.length).filter(k -> widths[k] > 0).toArray();
        if (valid.length == 0) {
            return List.of();
        }
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < valid.length; i++) {
            int k = valid[i];
            boolean pad = i < valid.length - 1;
            List<String> lines = new ArrayList<>(TextLines.wrap(values[k], widths[k], widths[k]));
            for (int j = 0; j < lines.size(); j++) {
                String line = lines.get(j) == null ? "" : lines.get(j);
                if ((pad || alignment[k] == Alignment.RIGHT || alignment[k] == Alignment.CENTER)
                        && DisplayCells.length(line) < widths[k]) {
                    line = field(line, widths[k], alignment[k], pad);
                }
                lines.set(j, i > 0 ? " " + line : line);
            }
            cells.add(lines);
        }
        int rows = cells.stream().mapToInt(List::size).max().orElse(0);
        int[] lastWithContent = new int[rows];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cells.size(); col++) {
                if (cells.get(col).size() > row) {
                    lastWithContent[row] = col;
                }
            }
        }
        for (int col = 0; col < cells.size(); col++) {
            int blanks = col < cells.size() - 1 ? widths[valid[col]] + (col > 0 ? SEPARATOR : 0) : 0;
            List<String> column = cells.get(col);
            for (int row = column.size(); row < rows; row++) {
                column.add(col > lastWithContent[row] ? "" : " ".repeat(blanks));
            }
        }
        List<String> result = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            StringBuilder sb = new StringBuilder();
            for (int col = 0; col < cells.size(); col++) {
                String value = cells.get(col).get(row);
                if (col == lastWithContent[row] && rows > 1) {
                    value = value.stripTrailing();
                }
                if (isHeader) {
                    sb.append(lo.headerStyle()).append(value).append(lo.reset());
                } else {
                    sb.append(value);
                }
            }
            result.add(sb.toString());
        }
        return result;
    }

    /** One cell: its first line, padded or cut to the column's width. */
    private static String field(String value, int width, Alignment alignment, boolean pad) {
        String s = TextLines.truncateAtNewLine(value);
        int length = DisplayCells.length(s);
        if (length < width) {
            int padCount = width - length;
            switch (alignment) {
                case RIGHT -> s = " ".repeat(padCount) + s;
                case CENTER -> {
                    int left = padCount / 2;
                    s = " ".repeat(left) + s + (pad ? " ".repeat(padCount - left) : "");
                }
                default -> s = pad ? s + " ".repeat(padCount) : s;
            }
        } else if (length > width) {
            int keep = width - 1;
            if (keep > 0) {
                s = alignment == Alignment.RIGHT
                        ? TextLines.ELLIPSIS + s.substring(DisplayCells.truncateHead(s, keep))
                        : s.substring(0, DisplayCells.truncateTail(s, keep)) + TextLines.ELLIPSIS;
            } else {
                s = alignment == Alignment.RIGHT ? s.substring(DisplayCells.truncateHead(s, width))
                        : s.substring(0, DisplayCells.truncateTail(s, width));
            }
        }
        // A wide character that did not fit leaves one cell over: pad it.
        if (DisplayCells.length(s) < width && length > width) {
            s = alignment == Alignment.RIGHT ? " " + s : pad ? s + " " : s;
        }
        return s;
    }
}
