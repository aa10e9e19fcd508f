package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;

/**
 * One command running in one pipeline: the cmdlet instance, its binder and the steps the pipeline
 * drives (begin, process per input object, end). Command-line binding errors are terminating; the
 * binding errors of one input object are written as errors and the object is skipped.
 */
public final class CommandProcessor extends CommandProcessorBase {
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
     * Makes the cmdlet and binds its command-line arguments.
     *
     * @throws PoshException a parameter binding error
     */
    static CommandProcessor create(PoshContext context, CmdletInfo info, CommandArgument[] arguments, Extent extent,
                                   int pipelinePosition, boolean expectingInput) {
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
        CommandProcessor processor = new CommandProcessor(metadata, cmdlet, binder, extent);
        cmdlet.setProcessor(processor);
        return processor;
    }

    @Override
    public void setOutput(Pipe output) {
        cmdlet.setOutput(output);
    }

    /** Where the command's non-terminating errors (ErrorRecords) go; the host's error output by default. */
    @Override
    public void setErrorOutput(Pipe errors) {
        cmdlet.setErrorOutput(errors);
    }

    @Override
    @TruffleBoundary
    public void begin() {
        cmdlet.beginProcessing();
    }

    /** Processes one pipeline input object, or writes why it cannot be bound and skips it. */
    @Override
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
    @Override
    @TruffleBoundary
    public void processWithoutInput() {
        cmdlet.processRecord();
    }

    @Override
    @TruffleBoundary
    public void end() {
        cmdlet.endProcessing();
    }
}
