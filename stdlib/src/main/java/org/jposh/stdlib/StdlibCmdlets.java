package org.jposh.stdlib;

import java.util.List;
import org.jposh.interpreter.commands.CmdletProvider;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.stdlib.host.OutDefaultCommand;
import org.jposh.stdlib.utility.WriteOutputCommand;

/** The cmdlets of the standard library, grouped by the PowerShell module they belong to. */
public final class StdlibCmdlets implements CmdletProvider {
    @Override
    public List<Class<? extends PSCmdlet>> cmdlets() {
        return List.of(
                // Microsoft.PowerShell.Core
                OutDefaultCommand.class,
                // Microsoft.PowerShell.Utility
                WriteOutputCommand.class);
    }
}
