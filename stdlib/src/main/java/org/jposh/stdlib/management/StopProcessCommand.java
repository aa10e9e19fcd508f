package org.jposh.stdlib.management;

import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Stop-Process: kills processes (SIGKILL, as .NET's Process.Kill on Unix) given by Id, name or object;
 * -WhatIf tells what it would stop; -PassThru returns the processes.
 */
@Cmdlet(verb = "Stop", noun = "Process", defaultParameterSetName = "Id", supportsShouldProcess = true)
public final class StopProcessCommand extends ProcessBaseCommand {
    @Parameter(position = 0, mandatory = true, parameterSetName = "Id", valueFromPipelineByPropertyName = true)
    private int[] id;

    @Parameter(mandatory = true, parameterSetName = "Name", valueFromPipelineByPropertyName = true)
    @Alias("ProcessName")
    private String[] name;

    @Parameter(position = 0, mandatory = true, parameterSetName = "InputObject", valueFromPipeline = true)
    private ProcessInfo[] inputObject;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        List<ProcessInfo> processes = switch (parameterSetName()) {
            case "Name" -> byName(name);
            case "InputObject" -> List.of(inputObject);
            default -> byId(id);
        };
        for (ProcessInfo process : processes) {
            String target = process.name() + " (" + process.id() + ")";
            if (!shouldProcess(target, "Stop-Process")) {
                continue;
            }
            if (process.handle().isAlive() && !process.handle().destroyForcibly()) {
                writeError(errorRecord("Cannot stop process \"" + target + "\" because of the following error: "
                        + "Operation not permitted.", "CouldNotStopProcess", ErrorCategory.CloseError, process,
                        "ProcessCommandException"));
                continue;
            }
            if (passThru) {
                writeObject(process);
            }
        }
    }
}
