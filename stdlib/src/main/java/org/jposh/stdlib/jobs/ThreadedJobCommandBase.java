package org.jposh.stdlib.jobs;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.UsingExpressions;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * Start-Job and Start-ThreadJob: the job starts once the input has been collected, with its script
 * block's text, arguments, input and the values of its {@code $using:} expressions (evaluated here, as
 * pwsh evaluates them in the calling session), in a child runspace of this session.
 */
abstract class ThreadedJobCommandBase extends PSCmdlet {
    private final Job.Type type;

    @Parameter(position = 0, mandatory = true)
    @Alias("Command")
    private ScriptBlock scriptBlock;

    @Parameter
    private String name;

    @Parameter
    @Alias("Args")
    private Object[] argumentList;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    private final List<Object> input = new ArrayList<>();
    private boolean hasInput;

    ThreadedJobCommandBase(Job.Type type) {
        this.type = type;
    }

    @Override
    protected void processRecord() {
        if (boundParameters().containsKey("InputObject")) {
            hasInput = true;
            input.add(inputObject);
        }
    }

    /** Where the job starts: null to stay at the new session's location (a thread job's). */
    Path location() {
        return null;
    }

    @Override
    protected void endProcessing() {
        Path location = location();
        Map<String, Object> usingValues;
        try {
            usingValues = UsingExpressions.collect(scriptBlock, sessionState());
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, null));
        }
        Job job = JobRepository.of(sessionState()).add(name, type, scriptBlock.toString(),
                type == Job.Type.BACKGROUND ? 2 : 1);
        Runspace child;
        try {
            child = openChildRunspace(job.hostOutput());
        } catch (IllegalStateException e) {
            JobRepository.of(sessionState()).remove(job);
            throw throwTerminatingError(errorRecord("The job cannot be started: " + e.getMessage() + ".",
                    "CannotStartJob", ErrorCategory.PermissionDenied, null, "PSInvalidOperationException"));
        }
        job.start(child, location, scriptBlock.toString(),
                argumentList == null ? List.of() : Arrays.asList(argumentList), usingValues, hasInput ? input : null);
        writeObject(job);
    }
}
