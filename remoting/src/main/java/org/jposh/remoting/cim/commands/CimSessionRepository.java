package org.jposh.remoting.cim.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.remoting.cim.CimSession;

/**
 * The CimSessions New-CimSession made in one runspace (pwsh's CimSessionState): what Get-CimSession lists
 * and Remove-CimSession removes, in creation order, with the counter that numbers them from 1.
 */
final class CimSessionRepository {
    private static final Map<SessionState, CimSessionRepository> BY_SESSION = new WeakHashMap<>();

    private final List<CimSession> sessions = new ArrayList<>();
    private long lastId;

    static CimSessionRepository of(SessionState state) {
        synchronized (BY_SESSION) {
            return BY_SESSION.computeIfAbsent(state, s -> new CimSessionRepository());
        }
    }

    synchronized long nextId() {
        return ++lastId;
    }

    synchronized void add(CimSession session) {
        sessions.add(session);
    }

    synchronized boolean remove(CimSession session) {
        return sessions.remove(session);
    }

    synchronized List<CimSession> sessions() {
        return List.copyOf(sessions);
    }
}
