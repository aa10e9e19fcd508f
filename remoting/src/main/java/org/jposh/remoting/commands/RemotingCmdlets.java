package org.jposh.remoting.commands;

import java.util.List;
import org.jposh.interpreter.commands.CmdletProvider;
import org.jposh.interpreter.commands.PSCmdlet;

/** The session cmdlets (pwsh's Microsoft.PowerShell.Core remoting commands). */
public final class RemotingCmdlets implements CmdletProvider {
    @Override
    public List<Class<? extends PSCmdlet>> cmdlets() {
        return List.of(
                EnterPSSessionCommand.class,
                ExitPSSessionCommand.class,
                GetPSSessionCommand.class,
                InvokeCommandCommand.class,
                NewPSSessionCommand.class,
                NewPSSessionOptionCommand.class,
                RemovePSSessionCommand.class);
    }
}
