package org.jposh.interpreter.runtime;

import org.jposh.interpreter.commands.CommandTable;

/** What a runspace knows: its scopes and its commands. */
public final class SessionState {
    private final SessionStateScope global = new SessionStateScope(null);
    private final CommandTable commands;

    public SessionState(CommandTable commands) {
        this.commands = commands;
    }

    public SessionStateScope global() {
        return global;
    }

    public CommandTable commands() {
        return commands;
    }
}
