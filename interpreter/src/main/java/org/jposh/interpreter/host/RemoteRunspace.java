package org.jposh.interpreter.host;

import org.jposh.interpreter.PipelineState;

/**
 * A session on another computer that a console can push ({@code Enter-PSSession}): from then on the
 * console runs what the user types there, and shows {@code [computer]: } before the prompt. The
 * remoting layer implements it.
 */
public interface RemoteRunspace {
    /** The name the prompt shows in brackets. */
    String computerName();

    /** The text of the remote session's prompt (its {@code prompt} function). */
    String prompt();

    /**
     * Runs a command line there, its output and errors shown by this host; returns how it ended. The
     * console calls it inside its own runspace (between two local commands), so that the remote output
     * goes through the local Out-Default.
     */
    PipelineState invoke(String commandLine);

    /** Stops the command running there, if any (Ctrl+C). Callable from any thread. */
    void stop();

    /**
     * The console has left it ({@code exit}, Exit-PSSession, the session ending): a session that
     * Enter-PSSession opened itself is closed here, one it was given stays open, as pwsh's
     * ShouldCloseOnPop decides.
     */
    void popped();
}
