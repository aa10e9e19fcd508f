package org.jposh.interpreter.host;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The progress bar a terminal host keeps on its last line, as pwsh's minimal progress view: the most
 * recently updated activity that is still running, as {@code Activity [=====     ] 50% Status}. The
 * host erases it before writing other text and draws it again after, so output scrolls above it.
 */
final class ProgressLine {
    private static final String ERASE_LINE = "\r\u001b[2K";

    private final Map<Long, ProgressRecord> active = new LinkedHashMap<>();
    private String drawn = "";

    /** Records an update; returns the escape sequence that redraws the line. */
    String update(long sourceId, ProgressRecord record, int width) {
        long key = (sourceId << 32) ^ (record.activityId() & 0xffffffffL);
        active.remove(key);
        if (!record.completed()) {
            active.put(key, record);
        }
        drawn = active.isEmpty() ? "" : render(active.values().stream().reduce((a, b) -> b).orElseThrow(), width);
        return ERASE_LINE + drawn;
    }

    boolean isShown() {
        return !drawn.isEmpty();
    }

    /** The sequence that removes the line before other text is written. */
    String erase() {
        return ERASE_LINE;
    }

    /** The sequence that draws the line again after other text was written. */
    String redraw() {
        return drawn;
    }

    static String render(ProgressRecord record, int width) {
        StringBuilder sb = new StringBuilder(record.activity());
        int barWidth = Math.max(10, Math.min(50, width / 3));
        if (record.percentComplete() >= 0) {
            int filled = Math.min(barWidth, record.percentComplete() * barWidth / 100);
            sb.append(" [").append("=".repeat(filled)).append(" ".repeat(barWidth - filled)).append("] ")
                    .append(Math.min(100, record.percentComplete())).append('%');
        }
        if (record.statusDescription() != null && !record.statusDescription().isEmpty()) {
            sb.append(' ').append(record.statusDescription());
        }
        if (record.secondsRemaining() >= 0) {
            sb.append(" (").append(record.secondsRemaining()).append("s remaining)");
        }
        String line = sb.toString().replace('\n', ' ').replace('\r', ' ');
        return line.length() > width - 1 ? line.substring(0, Math.max(0, width - 1)) : line;
    }
}
