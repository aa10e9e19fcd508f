package org.jposh.remoting.utility;

import java.util.List;
import org.jposh.interpreter.commands.CmdletProvider;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.CoreTypes;

/**
 * Export-Clixml and Import-Clixml, which pwsh's Microsoft.PowerShell.Utility module has; they live here, beside the
 * CLIXML serializer of remoting, as [System.Management.Automation.PSSerializer] does.
 */
public final class ClixmlCmdlets implements CmdletProvider {
    private static final String UTILITY = "Microsoft.PowerShell.Utility";

    @Override
    public List<Class<? extends PSCmdlet>> cmdlets() {
        CoreTypes.registerLazily(PSSerializer.TYPE_NAME, () -> PSSerializer.TYPE);
        return List.of(ExportClixmlCommand.class, ImportClixmlCommand.class);
    }

    @Override
    public String moduleName(Class<? extends PSCmdlet> cmdlet) {
        return UTILITY;
    }

    @Override
    public String moduleVersion(String moduleName) {
        return "7.0.0.0";
    }
}
