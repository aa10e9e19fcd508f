package org.jposh.stdlib.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.stdlib.format.FormatData.Entry;
import org.jposh.stdlib.format.FormatData.FormatEnd;
import org.jposh.stdlib.format.FormatData.FormatStart;
import org.jposh.stdlib.format.FormatData.GroupEnd;
import org.jposh.stdlib.format.FormatData.GroupStart;
import org.jposh.stdlib.format.FormatData.Shape;

/**
 * Renders format data as lines, as pwsh's OutCommandInner: the engine behind Out-Default, Out-Host,
 * Out-String and Out-File. Objects that are not format data yet go through the default formatting
 * first, with one formatting state for the whole pipeline.
 *
 * <p>Blank lines are pwsh 7's: one before each view, one after a table or wide view; list entries are
 * each followed by one. A table whose first column has no width holds its rows back for up to 300 ms
 * (all of them with -AutoSize) and sizes its columns from the labels and the rows held; rows that come
 * later are cut to those widths. Wide views without -Column show two columns, or with -AutoSize as many
 * as the widest value allows.
 *
 * <p>Views nest as pwsh's FormatMessagesContextManager nests them: a view that starts inside another
 * (a Format-List result written while the default formatting's table is open) ends back in the outer
 * one, so the outer table's later rows are still rendered, under its columns.
 */
public final class OutputRenderer {
    private static final long GROUPING_NANOS = 300_000_000L;

    private final LineOutput lo;
    private final FormatProcessor defaultFormatting = new FormatProcessor(null, null);

    private FormatStart format;
    private Group group;
    /** The views (and their open groups) that the current view started inside, innermost first. */
    private final ArrayDeque<OpenView> outerViews = new ArrayDeque<>();

    private record OpenView(FormatStart format, Group group) {
    }

    private boolean caching;
    private boolean cacheWholeGroup;
    private boolean holding;
    private long holdingSince;
    private final List<FormatData> held = new ArrayList<>();
    private int[] tableWidthsHint;
    private int wideWidthHint;

    public OutputRenderer(LineOutput lo) {
        this.lo = lo;
    }

    /** Renders one pipeline object. */
    public void process(Object input) {
        defaultFormatting.process(input, this::add);
    }

    /** Ends the default formatting's view and renders what is held back. */
    public void end() {
        defaultFormatting.end(this::add);
        if (holding) {
            release();
        }
    }

    // ---- holding rows back to size columns (pwsh's FormattedObjectsCache) ----

    private void add(FormatData data) {
        if (data instanceof FormatStart start) {
            caching = start.autoSize() || (start.shape() == Shape.TABLE && !start.columns().isEmpty()
                    && start.columns().getFirst().width() == 0);
            cacheWholeGroup = start.autoSize();
        }
        if (caching && !holding && data instanceof GroupStart) {
            holding = true;
            holdingSince = System.nanoTime();
            held.add(data);
            return;
        }
        if (holding) {
            held.add(data);
            if (data instanceof GroupEnd
                    || (!cacheWholeGroup && System.nanoTime() - holdingSince > GROUPING_NANOS)) {
                release();
            }
            return;
        }
        render(data);
    }

    private void release() {
        computeHints();
        holding = false;
        List<FormatData> released = new ArrayList<>(held);
        held.clear();
        released.forEach(this::render);
    }

    private void computeHints() {
        if (format == null) {
            return;
        }
        if (format.shape() == Shape.TABLE && !format.columns().isEmpty()) {
            int[] widths = new int[format.columns().size()];
            for (int k = 0; k < widths.length; k++) {
                String label = format.columns().get(k).label();
                widths[k] = label == null ? 0 : DisplayCells.length(label);
            }
            for (FormatData d : held) {
                if (d instanceof Entry e && !e.outOfBand() && e.content() instanceof FormatData.TableRow row) {
                    for (int k = 0; k < Math.min(widths.length, row.values().length); k++) {
                        widths[k] = Math.max(widths[k], DisplayCells.length(row.values()[k]));
                    }
                }
            }
            tableWidthsHint = widths;
        } else if (format.shape() == Shape.WIDE && format.wideColumns() == 0) {
            int max = 0;
            for (FormatData d : held) {
                if (d instanceof Entry e && !e.outOfBand() && e.content() instanceof FormatData.WideEntry w) {
                    max = Math.max(max, DisplayCells.length(w.value()));
                }
            }
            wideWidthHint = max;
        }
    }

    // ---- rendering ----

    private void render(FormatData data) {
        if (data instanceof FormatStart start) {
            if (format != null) {
                outerViews.push(new OpenView(format, group));
                group = null;
            }
            format = start;
            lo.writeLine("");
        } else if (data instanceof GroupStart start) {
            group = newGroup();
            if (start.label() != null) {
                writeWrapped(start.label());
                lo.writeLine("");
            }
            group.start();
        } else if (data instanceof Entry entry) {
            if (entry.outOfBand()) {
                renderOutOfBand(entry.content());
            } else if (group != null) {
                group.payload(entry.content());
            }
        } else if (data instanceof GroupEnd) {
            if (group != null) {
                group.end();
                group = null;
            }
        } else if (data instanceof FormatEnd) {
            if (format != null && format.shape() != Shape.LIST) {
                lo.writeLine("");
            }
            format = null;
            if (!outerViews.isEmpty()) {
                OpenView outer = outerViews.pop();
                format = outer.format();
                group = outer.group();
            }
        }
    }

    private void renderOutOfBand(FormatData.Content content) {
        if (content instanceof FormatData.RawText text) {
            lo.writeRawText(text.text());
        } else if (content instanceof FormatData.ErrorText error) {
            lo.writeErrorText(error.text());
        } else if (content instanceof FormatData.StreamText stream) {
            lo.writeStreamText(stream.kind(), stream.text());
        } else if (content instanceof FormatData.ListEntry list) {
            lo.writeLine("");
            ListWriter.write(list.labels(), list.values(), lo);
            lo.writeLine("");
        } else if (content instanceof FormatData.BlankLine) {
            lo.writeLine("");
        }
    }

    private void writeWrapped(String text) {
        int columns = lo.columns() == Integer.MAX_VALUE ? Integer.MAX_VALUE : lo.columns();
        for (String paragraph : TextLines.split(text)) {
            for (String line : TextLines.wrap(paragraph, columns, columns)) {
                lo.writeLine(line == null ? "" : line);
            }
        }
    }

    private Group newGroup() {
        Shape shape = format == null ? Shape.TABLE : format.shape();
        return switch (shape) {
            case TABLE -> new TableGroup();
            case LIST -> new ListGroup();
            case WIDE -> new WideGroup();
            case CUSTOM -> new CustomGroup();
        };
    }

    private abstract static class Group {
        void start() {
        }

        abstract void payload(FormatData.Content content);

        void end() {
        }
    }

    private final class TableGroup extends Group {
        private final TableWriter writer = new TableWriter();
        private final List<FormatData.TableColumn> columns;

        TableGroup() {
            columns = format.columns();
            int[] hint = tableWidthsHint;
            tableWidthsHint = null;
            int[] widths = new int[columns.size()];
            Alignment[] alignments = new Alignment[columns.size()];
            for (int k = 0; k < widths.length; k++) {
                widths[k] = hint != null ? hint[k] : columns.get(k).width();
                alignments[k] = columns.get(k).alignment() == Alignment.UNDEFINED ? Alignment.LEFT
                        : columns.get(k).alignment();
            }
            if (!columns.isEmpty()) {
                writer.initialize(lo.tableWidth(), widths, alignments, format.hideTableHeaders());
            }
        }

        @Override
        void start() {
            if (!columns.isEmpty()) {
                writer.generateHeader(columns.stream().map(c -> c.label() == null ? "" : c.label())
                        .toArray(String[]::new), lo);
            }
        }

        @Override
        void payload(FormatData.Content content) {
            if (columns.isEmpty() || !(content instanceof FormatData.TableRow row)) {
                return;
            }
            String[] values = new String[columns.size()];
            Alignment[] alignments = new Alignment[columns.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = k < row.values().length ? row.values()[k] : "";
                alignments[k] = row.alignments() != null && k < row.alignments().length ? row.alignments()[k]
                        : k < row.values().length ? Alignment.UNDEFINED : Alignment.LEFT;
            }
            writer.generateRow(values, lo, row.multiLine(), alignments);
        }
    }

    private final class ListGroup extends Group {
        @Override
        void payload(FormatData.Content content) {
            if (content instanceof FormatData.ListEntry list) {
                ListWriter.write(list.labels(), list.values(), lo);
                lo.writeLine("");
            }
        }
    }

    private final class CustomGroup extends Group {
        @Override
        void payload(FormatData.Content content) {
            if (content instanceof FormatData.CustomEntry custom) {
                writeWrapped(custom.text());
            }
        }
    }

    private final class WideGroup extends Group {
        private final TableWriter writer = new TableWriter();
        private final String[] buffer;
        private int count;

        WideGroup() {
            int itemsPerRow = 2;
            int screen = lo.tableWidth();
            if (wideWidthHint > 0) {
                itemsPerRow = bestItemsPerRow(wideWidthHint, screen);
            } else if (format.wideColumns() > 0) {
                itemsPerRow = format.wideColumns();
            }
            wideWidthHint = 0;
            buffer = new String[itemsPerRow];
            Alignment[] alignments = new Alignment[itemsPerRow];
            Arrays.fill(alignments, Alignment.LEFT);
            writer.initialize(screen, new int[itemsPerRow], alignments, false);
        }

        @Override
        void payload(FormatData.Content content) {
            if (content instanceof FormatData.WideEntry wide) {
                buffer[count++] = wide.value();
                if (count == buffer.length) {
                    flush();
                }
            }
        }

        @Override
        void end() {
            flush();
        }

        private void flush() {
            if (count == 0) {
                return;
            }
            String[] values = new String[buffer.length];
            for (int k = 0; k < values.length; k++) {
                values[k] = k < count ? buffer[k] : "";
            }
            writer.generateRow(values, lo, false, null);
            count = 0;
        }
    }

    /** How many values of {@code cells} cells fit on a line, one space apart (pwsh's best fit). */
    static int bestItemsPerRow(int cells, int screenColumns) {
        if (cells <= 0 || screenColumns < 1 || cells >= screenColumns) {
            return 1;
        }
        int columns = 1;
        while (true) {
            int next = columns + 1;
            if (cells * next + (next - 1) >= screenColumns) {
                return columns;
            }
            columns++;
        }
    }
}
