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

    /** Runs a command line there, its output and errors shown by this host; returns how it ended. */
    PipelineState invoke(String commandLine);

    /** Stops the command running there, if any (Ctrl+C). Callable from any thread. */
    void stop();
}
