package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.host.ProgressRecord;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;

/**
 * Write-Progress: reports progress to the host, which draws it as a bar on a terminal and shows
 * nothing when output is redirected. -Completed removes the activity's bar. $ProgressPreference or
 * -ProgressAction SilentlyContinue (or Ignore) writes nothing, as in pwsh.
 */
@Cmdlet(verb = "Write", noun = "Progress")
public final class WriteProgressCommand extends PSCmdlet {
    @Parameter(position = 0)
    private String activity;

    @Parameter(position = 1)
    private String status = "Processing";

    @Parameter(position = 2)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int id;

    @Parameter
    @ValidateRange(min = -1, max = 100)
    private int percentComplete = -1;

    @Parameter
    private int secondsRemaining = -1;

    @Parameter
    private String currentOperation;

    @Parameter
    @ValidateRange(min = -1, max = Integer.MAX_VALUE)
    private int parentId = -1;

    @Parameter
    private boolean completed;

    @Parameter
    private int sourceId;

    @Override
    protected void processRecord() {
        if ((activity == null || activity.isEmpty()) && !completed) {
            throw new PoshException(new ErrorRecord("Missing value for mandatory parameter. (Parameter 'Activity')",
                    "MissingActivity,Microsoft.PowerShell.Commands.WriteProgressCommand",
                    ErrorCategory.InvalidArgument, null, "Write-Progress", "ArgumentException", null), null);
        }
        writeProgress(sourceId, new ProgressRecord(id, parentId, activity == null ? "" : activity,
                status, currentOperation, percentComplete, secondsRemaining, completed));
    }
}
