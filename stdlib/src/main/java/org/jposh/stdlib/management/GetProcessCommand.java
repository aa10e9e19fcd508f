package org.jposh.stdlib.management;

import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;

/**
 * Get-Process: the processes of the machine (ProcessHandle and /proc), all of them or those whose names
 * match (wildcards) or with the given Ids, sorted by name and then Id.
 */
@Cmdlet(verb = "Get", noun = "Process", defaultParameterSetName = "Name")
public final class GetProcessCommand extends ProcessBaseCommand {
    @Parameter(position = 0, parameterSetName = "Name", valueFromPipelineByPropertyName = true)
    @Alias("ProcessName")
    @ValidateNotNullOrEmpty
    private String[] name;

    @Parameter(mandatory = true, parameterSetName = "Id", valueFromPipelineByPropertyName = true)
    @Alias("PID")
    private int[] id;

    @Parameter(mandatory = true, parameterSetName = "InputObject", valueFromPipeline = true)
    private ProcessInfo[] inputObject;

    @Override
    protected void processRecord() {
        List<ProcessInfo> found = switch (parameterSetName()) {
            case "Id" -> byId(id);
            case "InputObject" -> List.of(inputObject);
            default -> byName(name);
        };
        found.stream().sorted(ORDER).forEach(this::writeObject);
    }
}
