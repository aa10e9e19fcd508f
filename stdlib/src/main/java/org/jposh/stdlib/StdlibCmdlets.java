package org.jposh.stdlib;

import java.util.List;
import org.jposh.interpreter.commands.CmdletProvider;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.stdlib.host.OutDefaultCommand;
import org.jposh.stdlib.utility.ConvertFromCsvCommand;
import org.jposh.stdlib.utility.ConvertFromJsonCommand;
import org.jposh.stdlib.utility.ConvertToCsvCommand;
import org.jposh.stdlib.utility.ConvertToJsonCommand;
import org.jposh.stdlib.utility.ExportCsvCommand;
import org.jposh.stdlib.utility.GetDateCommand;
import org.jposh.stdlib.utility.GetRandomCommand;
import org.jposh.stdlib.utility.GetUniqueCommand;
import org.jposh.stdlib.utility.ImportCsvCommand;
import org.jposh.stdlib.utility.NewObjectCommand;
import org.jposh.stdlib.utility.NewTimeSpanCommand;
import org.jposh.stdlib.utility.SelectStringCommand;
import org.jposh.stdlib.utility.StartSleepCommand;
import org.jposh.stdlib.utility.TeeObjectCommand;
import org.jposh.stdlib.utility.WriteOutputCommand;

/** The cmdlets of the standard library, grouped by the PowerShell module they belong to. */
public final class StdlibCmdlets implements CmdletProvider {
    @Override
    public List<Class<? extends PSCmdlet>> cmdlets() {
        return List.of(
                // Microsoft.PowerShell.Core
                OutDefaultCommand.class,
                // Microsoft.PowerShell.Utility
                ConvertFromCsvCommand.class,
                ConvertFromJsonCommand.class,
                ConvertToCsvCommand.class,
                ConvertToJsonCommand.class,
                ExportCsvCommand.class,
                GetDateCommand.class,
                GetRandomCommand.class,
                GetUniqueCommand.class,
                ImportCsvCommand.class,
                NewObjectCommand.class,
                NewTimeSpanCommand.class,
                SelectStringCommand.class,
                StartSleepCommand.class,
                TeeObjectCommand.class,
                WriteOutputCommand.class);
    }
}
