package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;
import java.util.function.Consumer;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;

/**
 * One command running in one pipeline: the cmdlet instance, its binder and the steps the pipeline
 * drives (begin, process per input object, end). Command-line binding errors are terminating; the
 * binding errors of one input object are written as errors and the object is skipped.
 */
public final class CommandProcessor {
    private final CommandMetadata metadata;
    private final PSCmdlet cmdlet;
    private final ParameterBinder binder;
    private final Extent extent;

    private CommandProcessor(CommandMetadata metadata, PSCmdlet cmdlet, ParameterBinder binder, Extent extent) {
        this.metadata = metadata;
        this.cmdlet = cmdlet;
        this.binder = binder;
        this.extent = extent;
    }

    /**
     * Finds the command and binds its command-line arguments.
     *
     * @param pipelinePosition the command's place in its pipeline, from 1
     * @param expectingInput whether pipeline input will come (false for a pipeline's first command
     *                       without an input expression)
     * @throws PoshException CommandNotFoundException, or a parameter binding error
     */
    @TruffleBoundary
    public static CommandProcessor create(PoshContext context, String commandName, CommandArgument[] arguments,
                                          Extent extent, int pipelinePosition, boolean expectingInput) {
        CmdletInfo info = context.sessionState().commands().find(commandName);
        if (info == null) {
            throw commandNotFound(commandName, extent);
        }
        if (info.usesFileSystem()) {
            checkFileSystemAccess(context, info.name(), extent);
        }
        CommandMetadata metadata = info.metadata();
        PSCmdlet cmdlet = metadata.newInstance();
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(metadata, pipelinePosition,
                expectingInput), BindingTarget.fieldsOf(cmdlet), new SessionBindingServices(context));
        cmdlet.setContext(context, binder, metadata, extent);
        cmdlet.setErrorOutput(context.errorOutput());
        try {
            binder.bindCommandLine(Arrays.asList(arguments));
        } catch (ParameterBindingException e) {
            throw e.toPoshException(metadata, extent);
        }
        return new CommandProcessor(metadata, cmdlet, binder, extent);
    }

    /**
     * Fails with FileSystemAccessDenied when the host denies the session file access (the polyglot
     * context's IO policy), which the file cmdlets must honour as Truffle's own file API does.
     */
    static void checkFileSystemAccess(PoshContext context, String commandName, Extent extent) {
        if (!context.env().isFileIOAllowed()) {
            throw new PoshException(new ErrorRecord("The command '" + commandName + "' cannot access the file "
                    + "system: the host does not allow file access in this session.", "FileSystemAccessDenied",
                    ErrorCategory.PermissionDenied, commandName, commandName, "UnauthorizedAccessException", extent),
                    null);
        }
    }

    private static PoshException commandNotFound(String name, Extent extent) {
        String message = "The term '" + name + "' is not recognized as a name of a cmdlet, function, script file, "
                + "or executable program.\nCheck the spelling of the name, or if a path was included, verify that "
                + "the path is correct and try again.";
        return new PoshException(new ErrorRecord(message, "CommandNotFoundException", ErrorCategory.ObjectNotFound,
                name, null, "CommandNotFoundException", extent), null);
    }

    public void setOutput(Pipe output) {
        cmdlet.setOutput(output);
    }

    /** Where the command's non-terminating errors (ErrorRecords) go; the host's error output by default. */
    public void setErrorOutput(Pipe errors) {
        cmdlet.setErrorOutput(errors);
    }

    @TruffleBoundary
    public void begin() {
        cmdlet.beginProcessing();
    }

    /** Processes one pipeline input object, or writes why it cannot be bound and skips it. */
    @TruffleBoundary
    public void process(Object input) {
        try {
            binder.bindPipelineObject(input);
        } catch (ParameterBindingException e) {
            cmdlet.writeError(e.toErrorRecord(metadata, input, extent));
            return;
        }
        cmdlet.processRecord();
    }

    /** The process step of a pipeline's first command, which has no input object. */
    @TruffleBoundary
    public void processWithoutInput() {
        cmdlet.processRecord();
    }

    @TruffleBoundary
    public void end() {
        cmdlet.endProcessing();
    }

    /**
     * Runs bound commands as one pipeline: each command's output feeds the next, the last one's goes
     * to {@code output}. {@code input} writes the pipeline's input objects to the pipe it is given;
     * null means the pipeline has no input and its first command processes once without any.
     */
    @TruffleBoundary
    public static void runPipeline(CommandProcessor[] processors, Consumer<Pipe> input, Pipe output) {
        for (int i = 0; i < processors.length; i++) {
            processors[i].setOutput(i + 1 < processors.length ? processors[i + 1]::process : output);
        }
        for (CommandProcessor processor : processors) {
            processor.begin();
        }
        if (input == null) {
            processors[0].processWithoutInput();
        } else {
            input.accept(processors[0]::process);
        }
        for (CommandProcessor processor : processors) {
            processor.end();
        }
    }
}
