package org.jposh.interpreter.host;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jposh.interpreter.PipelineState;
import org.jposh.interpreter.runtime.DateTime;

/**
 * The session's command history, which Get-History, Invoke-History and Clear-History read: the
 * command lines a host ran for its user this session, with ids counting from 1 and never reused (as
 * pwsh's), at most {@value #MAXIMUM_HISTORY_COUNT} kept ($MaximumHistoryCount's default).
 * Hosts that run no interactive commands keep it empty. The lines a console keeps across sessions
 * for recall (PSReadLine's file) are the console's own business, not this.
 */
public final class History {
    public static final int MAXIMUM_HISTORY_COUNT = 4096;

    private final Deque<HistoryInfo> entries = new ArrayDeque<>();
    private long nextId = 1;
    private String substitute;

    /**
     * Records a command the host has run, under the command line {@link #substitute} gave while it
     * ran, if any.
     */
    public synchronized HistoryInfo add(String commandLine, PipelineState status, DateTime start, DateTime end) {
        String recorded = substitute != null ? substitute : commandLine;
        substitute = null;
        HistoryInfo entry = new HistoryInfo(nextId++, recorded, status, start, end);
        entries.addLast(entry);
        if (entries.size() > MAXIMUM_HISTORY_COUNT) {
            entries.removeFirst();
        }
        return entry;
    }

    /**
     * Makes the command running now go into the history as {@code commandLine}: Invoke-History's
     * entry is the command it ran, as in pwsh.
     */
    public synchronized void substitute(String commandLine) {
        substitute = commandLine;
    }

    /** The entries, oldest first. */
    public synchronized List<HistoryInfo> entries() {
        return new ArrayList<>(entries);
    }

    /** The entry with that id, or null when there is none (never was, or cleared). */
    public synchronized HistoryInfo get(long id) {
        for (HistoryInfo entry : entries) {
            if (entry.id() == id) {
                return entry;
            }
        }
        return null;
    }

    /** Removes the entries the list names; ids are not reused. */
    public synchronized void remove(List<HistoryInfo> removed) {
        entries.removeAll(removed);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
