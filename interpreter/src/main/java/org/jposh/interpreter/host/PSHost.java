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
}
