package org.jposh.stdlib.core;

import java.util.List;
import org.jposh.interpreter.host.HistoryInfo;

/** The ranges of history entries the history cmdlets select, entries given oldest first. */
final class HistorySelection {
    private HistorySelection() {
    }

    /** The last {@code count} entries. */
    static List<HistoryInfo> last(List<HistoryInfo> entries, int count) {
        return entries.subList(Math.max(0, entries.size() - count), entries.size());
    }

    /** The first {@code count} entries. */
    static List<HistoryInfo> first(List<HistoryInfo> entries, int count) {
        return entries.subList(0, Math.min(count, entries.size()));
    }

    /** The entries up to and including {@code id}. */
    static List<HistoryInfo> upTo(List<HistoryInfo> entries, long id) {
        int end = 0;
        while (end < entries.size() && entries.get(end).id() <= id) {
            end++;
        }
        return entries.subList(0, end);
    }

    /** The entries from {@code id} on. */
    static List<HistoryInfo> from(List<HistoryInfo> entries, long id) {
        int start = 0;
        while (start < entries.size() && entries.get(start).id() < id) {
            start++;
        }
        return entries.subList(start, entries.size());
    }

    static String noHistoryForId(long id) {
        return "Cannot locate the history for Id " + id + ".";
    }
}
