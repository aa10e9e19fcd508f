package org.jposh.interpreter.host;

/**
 * What a host offers when it can run an interactive session on another computer, as PowerShell's
 * IHostSupportsInteractiveSession: Enter-PSSession pushes the remote runspace, Exit-PSSession pops
 * it. Cmdlets ask {@code host() instanceof HostSupportsInteractiveSession}; hosts without a user
 * at a console do not implement it.
 */
public interface HostSupportsInteractiveSession {
    /** Makes the console run commands in {@code runspace} until it is popped. */
    void pushRunspace(RemoteRunspace runspace);

    /** Returns the console to the local session; nothing happens when none is pushed. */
    void popRunspace();

    boolean isRunspacePushed();

    /** The pushed runspace, or null when commands run locally. */
    RemoteRunspace pushedRunspace();
}
