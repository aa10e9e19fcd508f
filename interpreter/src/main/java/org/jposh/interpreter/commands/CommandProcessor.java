package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionStateScope;

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
    private Pipe redirectedOutput;
    private List<CommandProcessor> redirectionFiles = List.of();

    private CommandProcessor(CommandMetadata metadata, PSCmdlet cmdlet, ParameterBinder binder, Extent extent) {
        this.metadata = metadata;
        this.cmdlet = cmdlet;
        this.binder = binder;
        this.extent = extent;
    }

    /**
     * Finds the command and binds its command-line arguments.
     *
     * @param scope the scope the command runs in, whose preference variables it follows
     *
     * @param pipelinePosition the command's place in its pipeline, from 1
     * @param expectingInput whether pipeline input will come (false for a pipeline's first command
     *                       without an input expression)
     * @throws PoshException CommandNotFoundException, or a parameter binding error
     */
    @TruffleBoundary
    public static CommandProcessor create(PoshContext context, SessionStateScope scope, String commandName,
                                          CommandArgument[] arguments, Extent extent, int pipelinePosition,
                                          boolean expectingInput) {
        CmdletInfo info = context.sessionState().commands().find(commandName);
        if (info == null) {
            throw commandNotFound(commandName, extent);
        }
        CommandMetadata metadata = info.metadata();
        PSCmdlet cmdlet = metadata.newInstance();
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(metadata, pipelinePosition,
                expectingInput), BindingTarget.fieldsOf(cmdlet), new SessionBindingServices(context));
        cmdlet.setContext(context, scope, binder, metadata, extent);
        try {
            binder.bindCommandLine(Arrays.asList(arguments));
        } catch (ParameterBindingException e) {
            throw e.toPoshException(metadata, extent);
        }
        cmdlet.setUpStreams();
        return new CommandProcessor(metadata, cmdlet, binder, extent);
    }

    private static PoshException commandNotFound(String name, Extent extent) {
        String message = "The term '" + name + "' is not recognized as a name of a cmdlet, function, script file, "
                + "or executable program.\nCheck the spelling of the name, or if a path was included, verify that "
                + "the path is correct and try again.";
        return new PoshException(new ErrorRecord(message, "CommandNotFoundException", ErrorCategory.ObjectNotFound,
                name, null, "CommandNotFoundException", extent), null);
    }

    public void setOutput(Pipe output) {
        cmdlet.setOutput(redirectedOutput != null ? redirectedOutput : output);
    }

    /** Sends the command's output to {@code output} instead of downstream ({@code > file}). */
    public void redirectOutput(Pipe output) {
        redirectedOutput = output;
    }

    /** Sends the command's stream 2 to 6 to the pipe ({@code 2> file}). */
    public void redirectStream(int stream, Pipe pipe) {
        cmdlet.redirectStream(stream, pipe);
    }

    /** Sends the command's stream 2 to 6 into its output ({@code 2>&1}). */
    public void mergeStreamIntoOutput(int stream) {
        cmdlet.mergeStreamIntoOutput(stream);
    }

    /** The Out-File commands of the command's file redirections, ended with the pipeline. */
    public void setRedirectionFiles(List<CommandProcessor> files) {
        redirectionFiles = files;
    }

    /** Where the command's non-terminating errors (ErrorRecords) go; the host's error output by default. */
    public void setErrorOutput(Pipe errors) {
        cmdlet.setErrorOutput(errors);
    }

    @TruffleBoundary
    public void begin() {
        try {
            cmdlet.beginProcessing();
        } catch (PoshException e) {
            throw positioned(e);
        }
    }

    /** A terminating error of the command is reported at the command unless it says where it happened. */
    private PoshException positioned(PoshException e) {
        e.errorRecord().setExtentIfAbsent(extent);
        return e;
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
        processWithoutInput();
    }

    /** The process step of a pipeline's first command, which has no input object. */
    @TruffleBoundary
    public void processWithoutInput() {
        try {
            cmdlet.processRecord();
        } catch (PoshException e) {
            throw positioned(e);
        }
    }

    @TruffleBoundary
    public void end() {
        try {
            cmdlet.endProcessing();
        } catch (PoshException e) {
            throw positioned(e);
        }
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
        try {
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
        } finally {
            for (CommandProcessor processor : processors) {
                for (CommandProcessor file : processor.redirectionFiles) {
                    file.end();
                }
            }
        }
    }
}
