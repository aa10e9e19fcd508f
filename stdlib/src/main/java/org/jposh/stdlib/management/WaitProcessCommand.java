package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Wait-Process: collects the processes given by name, Id or object, then waits until all of them (with
 * -Any, one of them) have ended or -Timeout seconds have passed; each one still running then is a
 * ProcessNotTerminated error. -PassThru writes the processes after the wait.
 */
@Cmdlet(verb = "Wait", noun = "Process", defaultParameterSetName = "Name")
public final class WaitProcessCommand extends ProcessBaseCommand {
    @Parameter(position = 0, mandatory = true, parameterSetName = "Id", valueFromPipelineByPropertyName = true)
    @Alias({"PID", "ProcessId"})
    @ValidateNotNullOrEmpty
    private int[] id;

    @Parameter(position = 0, mandatory = true, parameterSetName = "Name", valueFromPipelineByPropertyName = true)
    @Alias("ProcessName")
    private String[] name;

    @Parameter(mandatory = true, parameterSetName = "InputObject", valueFromPipeline = true)
    private ProcessInfo[] inputObject;

    @Parameter(position = 1)
    @Alias("TimeoutSec")
    @ValidateRange(min = 0, max = 32767)
    private Integer timeout;

    @Parameter
    private boolean any;

    @Parameter
    private boolean passThru;

    private final List<ProcessInfo> processes = new ArrayList<>();

    @Override
    protected void processRecord() {
        List<ProcessInfo> found = switch (parameterSetName()) {
            case "Id" -> byId(id);
            case "InputObject" -> List.of(inputObject);
            default -> byName(name);
        };
        for (ProcessInfo process : found) {
            if (process.id() == ProcessHandle.current().pid()) {
                writeError(errorRecord("This command stopped operation because it cannot wait on itself. Specify "
                        + "another process and Run your command again.", "WaitOnItself", ErrorCategory.ObjectNotFound,
                        process, "ProcessCommandException"));
            } else {
                processes.add(process);
            }
        }
    }

    @Override
    protected void endProcessing() {
        if (!processes.isEmpty()) {
            CompletableFuture<?>[] exits = processes.stream().map(ProcessInfo::onExit).toArray(CompletableFuture[]::new);
            CompletableFuture<?> done = any ? CompletableFuture.anyOf(exits) : CompletableFuture.allOf(exits);
            if (!ProcessInfo.awaitExit(done, timeout == null ? -1 : timeout * 1000L)) {
                reportStillRunning();
            }
        }
        if (passThru) {
            processes.forEach(this::writeObject);
        }
    }

    private void reportStillRunning() {
        for (ProcessInfo process : processes) {
            if (process.isAlive()) {
                writeError(errorRecord("This command stopped operation because process \"" + process.name() + " ("
                        + process.id() + ")\" is not stopped in the specified time-out.", "ProcessNotTerminated",
                        ErrorCategory.CloseError, process, "TimeoutException"));
            }
        }
    }
}
