package org.jposh.remoting.commands;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.host.HostSupportsInteractiveSession;

/**
 * Exit-PSSession: returns the console from the session Enter-PSSession pushed (typed at the remote
 * prompt, the session itself asks for it; see {@link PSSessionRunspace}). A host without a console
 * gets pwsh's HostDoesNotSupportPushRunspace error.
 */
@Cmdlet(verb = "Exit", noun = "PSSession")
public final class ExitPSSessionCommand extends PSRemotingCmdlet {
    @Override
    protected void processRecord() {
        if (!(host() instanceof HostSupportsInteractiveSession console)) {
            writeError(hostDoesNotSupportPushRunspace());
            return;
        }
        console.popRunspace();
    }
}
