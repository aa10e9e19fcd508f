package org.jposh.stdlib.format;

import java.util.List;

/**
 * Writes one list entry, as pwsh's ListWriter: {@code Label : value} lines with the labels padded
 * to the longest, multi-line values continued under the first, and values wrapped at the output's
 * width.
 */
final class ListWriter {
    private static final String SEPARATOR = " : ";

    private ListWriter() {
    }

    static void write(String[] labels, String[] values, LineOutput lo) {
        int columns = lo.columns();
        if (labels.length == 0 || columns - SEPARATOR.length() - 2 < 0) {
            return;
        }
        int maxLabel = columns - SEPARATOR.length() - 1;
        int labelWidth = 0;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, DisplayCells.length(label));
        }
        labelWidth = Math.min(labelWidth, maxLabel);
        for (int k = 0; k < labels.length; k++) {
            String label = labels[k];
            int cells = DisplayCells.length(label);
            if (cells < labelWidth) {
                label += " ".repeat(labelWidth - cells);
            } else if (cells > labelWidth) {
                label = label.substring(0, DisplayCells.truncateTail(label, labelWidth));
            }
            String value = k < values.length && values[k] != null ? values[k] : "";
            writeProperty(label + SEPARATOR, labelWidth + SEPARATOR.length(), value, lo);
        }
    }

    private static void writeProperty(String label, int labelCells, String value, LineOutput lo) {
        String padding = " ".repeat(labelCells);
        List<String> lines = TextLines.split(value);
        int fieldCells = lo.columns() == Integer.MAX_VALUE ? Integer.MAX_VALUE : lo.columns() - labelCells;
        for (int i = 0; i < lines.size(); i++) {
            List<String> wrapped = TextLines.wrap(lines.get(i), fieldCells, fieldCells);
            for (int k = 0; k < wrapped.size(); k++) {
                String text = wrapped.get(k) == null ? "" : wrapped.get(k);
                if (i == 0 && k == 0) {
                    lo.writeLine(lo.headerStyle() + label + lo.reset() + text);
                } else {
                    lo.writeLine(padding + text);
                }
            }
        }
    }
}
