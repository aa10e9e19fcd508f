package org.jposh.stdlib.format;

import java.util.List;
import org.jposh.interpreter.runtime.InformationalRecord;

/**
 * The objects Format-* cmdlets write and Out-* cmdlets render, as pwsh's FormatStartData,
 * GroupStartData, FormatEntryData, GroupEndData and FormatEndData. A formatted stream is
 * {@code FormatStart (GroupStart Entry* GroupEnd)* FormatEnd}, with out-of-band entries (scalars,
 * errors, objects the view does not apply to) allowed anywhere.
 */
public sealed interface FormatData {
    /** The shapes of views; CUSTOM is pwsh's Complex shape, here a custom control's lines of text. */
    enum Shape { TABLE, LIST, WIDE, CUSTOM }

    /** A table column: its label, its width (0: from the data) and its alignment. */
    record TableColumn(String label, int width, Alignment alignment) {
    }

    /**
     * Starts a view.
     *
     * @param columns     the table's columns (TABLE only)
     * @param wideColumns the number of columns asked for with Format-Wide -Column, or 0
     * @param autoSize    widths come from all the data (-AutoSize) rather than from the first 300 ms of it
     */
    record FormatStart(Shape shape, List<TableColumn> columns, boolean hideTableHeaders, int wideColumns,
                       boolean autoSize) implements FormatData {
    }

    /** Starts a group; {@code label} is the {@code "   Name: value"} line of -GroupBy, or null. */
    record GroupStart(String label) implements FormatData {
    }

    record GroupEnd() implements FormatData {
    }

    record FormatEnd() implements FormatData {
    }

    /** One formatted object, or an out-of-band entry written outside the current view. */
    record Entry(Content content, boolean outOfBand) implements FormatData {
    }

    /** What an entry holds. */
    sealed interface Content {
    }

    /** A table row; a null alignment is the column's. */
    record TableRow(String[] values, Alignment[] alignments, boolean multiLine) implements Content {
    }

    record ListEntry(String[] labels, String[] values) implements Content {
    }

    record WideEntry(String value) implements Content {
    }

    /** A custom view's text for one object. */
    record CustomEntry(String text) implements Content {
    }

    /** A scalar's string, written as is. */
    record RawText(String text) implements Content {
    }

    /** An error record's view, which hosts write to their error output. */
    record ErrorText(String text) implements Content {
    }

    /**
     * A warning, verbose or debug record merged into the output: its message, which hosts write as
     * they write that stream ({@code WARNING: message}), other outputs as it is.
     */
    record StreamText(InformationalRecord.Kind kind, String text) implements Content {
    }

    /** The blank line between -GroupBy groups. */
    record BlankLine() implements Content {
    }
}
