package org.jposh.remoting.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jposh.interpreter.runtime.SessionState;

/**
 * The PSSessions of one runspace (pwsh's RunspaceRepository): what Get-PSSession lists and
 * Remove-PSSession closes, in creation order, with the counter that numbers them from 1.
 */
final class PSSessionRepository {
    private static final Map<SessionState, PSSessionRepository> BY_SESSION = new WeakHashMap<>();

    private final List<PSSession> sessions = new ArrayList<>();
    private int lastId;

    static PSSessionRepository of(SessionState state) {
        synchronized (BY_SESSION) {
            return BY_SESSION.computeIfAbsent(state, s -> new PSSessionRepository());
        }
    }

    /** The next session id; pwsh counts ids also for sessions that failed to open. */
    synchronized int nextId() {
        return ++lastId;
    }

    synchronized void add(PSSession session) {
        sessions.add(session);
    }

    synchronized void remove(PSSession session) {
        sessions.remove(session);
    }

    synchronized List<PSSession> sessions() {
        return List.copyOf(sessions);
    }
}
