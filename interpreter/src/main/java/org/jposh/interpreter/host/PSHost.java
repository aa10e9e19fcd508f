package org.jposh.interpreter.host;

/**
 * What the program hosting the language provides to scripts and cmdlets, as PowerShell's PSHost:
 * a name and a user interface. The shell implements it for terminals; embedders may supply their own.
 */
public interface PSHost {
    String name();

    PSHostUserInterface ui();

    /** The session's command history (Get-History); empty for hosts that run no interactive commands. */
    History history();

    /**
     * A script run by a {@link org.jposh.interpreter.Runspace} caller ended with {@code exit} (pwsh's
     * SetShouldExit, which a pipeline calls when {@code exit} leaves it): a remoting server's host tells
     * its client; others ignore it, the runspace stays open.
     */
    default void setShouldExit(int exitCode) {
    }

    /**
     * pwsh's EnterNestedPrompt: runs a nested input loop (commands typed there run in the scope of the
     * command that is suspended) and returns when it is left. Scripts reach it through
     * {@code $Host.EnterNestedPrompt()} and the Suspend answer of a confirmation; the engine counts the
     * levels ({@code $NestedPromptLevel}). A host without input loop fails, as pwsh's default host does.
     */
    default void enterNestedPrompt() {
        throw HostException.notSupported();
    }

    /**
     * pwsh's ExitNestedPrompt: the innermost nested input loop ends once the command running in it
     * returns. Called only while {@link #enterNestedPrompt} runs, so a host without one has nothing to end.
     */
    default void exitNestedPrompt() {
    }

    /** Whether a confirmation offers Suspend: pwsh hides it for a remoting server's host, which cannot nest. */
    default boolean canSuspend() {
        return true;
    }
}
