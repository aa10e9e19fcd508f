package org.jposh.stdlib;

import java.util.List;
import org.jposh.interpreter.commands.CmdletProvider;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.stdlib.host.OutDefaultCommand;
import org.jposh.stdlib.host.OutHostCommand;
import org.jposh.stdlib.host.OutNullCommand;
import org.jposh.stdlib.utility.FormatListCommand;
import org.jposh.stdlib.utility.FormatTableCommand;
import org.jposh.stdlib.utility.FormatWideCommand;
import org.jposh.stdlib.utility.OutFileCommand;
import org.jposh.stdlib.utility.OutStringCommand;
import org.jposh.stdlib.utility.WriteHostCommand;
import org.jposh.stdlib.utility.WriteOutputCommand;
import org.jposh.stdlib.utility.WriteProgressCommand;

/** The cmdlets of the standard library, grouped by the PowerShell module they belong to. */
public final class StdlibCmdlets implements CmdletProvider {
    @Override
    public List<Class<? extends PSCmdlet>> cmdlets() {
        return List.of(
                // Microsoft.PowerShell.Core
                OutDefaultCommand.class,
                OutHostCommand.class,
                OutNullCommand.class,
                // Microsoft.PowerShell.Utility
                FormatListCommand.class,
                FormatTableCommand.class,
                FormatWideCommand.class,
                OutFileCommand.class,
                OutStringCommand.class,
                WriteHostCommand.class,
                WriteOutputCommand.class,
                WriteProgressCommand.class);
    }
}
