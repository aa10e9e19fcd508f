package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Arrays;
import java.util.List;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.Streams;

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
    private Pipe redirectedOutput;

    private CommandProcessor(PoshContext context, CommandMetadata metadata, PSCmdlet cmdlet, ParameterBinder binder,
                             Extent extent) {
        super(context.pipelineDepth());
        this.metadata = metadata;
        this.cmdlet = cmdlet;
        this.binder = binder;
        this.extent = extent;
    }

    /**
     * Makes the cmdlet and binds its command-line arguments.
     *
     * @param scope the scope the command runs in, whose preference variables it follows
     * @param pipelinePosition the command's place in its pipeline, from 1
     * @param expectingInput whether pipeline input will come (false for a pipeline's first command
     *                       without an input expression)
     * @throws PoshException a parameter binding error, or FileSystemAccessDenied
     */
    @TruffleBoundary
    public static CommandProcessor create(PoshContext context, SessionStateScope scope, CmdletInfo info,
                                          CommandArgument[] arguments, Extent extent, int pipelinePosition,
                                          boolean expectingInput) {
        if (info.usesFileSystem()) {
            checkFileSystemAccess(context, info.name(), extent);
        }
        CommandMetadata metadata = info.metadata();
        PSCmdlet cmdlet = metadata.newInstance();
        SessionBindingServices services = new SessionBindingServices(context, metadata, extent);
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(metadata, pipelinePosition,
                expectingInput), BindingTarget.fieldsOf(cmdlet), services);
        cmdlet.setContext(context, scope, binder, metadata, extent);
        if (cmdlet instanceof DynamicParameters dynamic) {
            binder.setDynamicParameterSource(dynamic::getDynamicParameters);
        }
        try {
            binder.bindCommandLine(Arrays.asList(arguments));
        } catch (ParameterBindingException e) {
            throw e.toPoshException(metadata, extent);
        }
        cmdlet.setUpStreams(services.warningsContinue());
        CommandProcessor processor = new CommandProcessor(context, metadata, cmdlet, binder, extent);
        cmdlet.setProcessor(processor);
        return processor;
    }

    /** A cmdlet's parameters with the dynamic ones it gives for {@code arguments} (see {@link ParameterBinder#bindForCompletion}). */
    static CommandMetadata metadataForArguments(CmdletInfo info, List<CommandArgument> arguments) {
        ParameterBinder binder = unboundInstance(info).binder();
        return binder.bindForCompletion(arguments);
    }

    /**
     * A cmdlet with no arguments bound, in the current session and scope, with the binder that will ask it
     * for its dynamic parameters: for asking them outside an invocation (Get-Command, tab completion).
     */
    static UnboundCmdlet unboundInstance(CmdletInfo info) {
        PoshContext context = PoshContext.get(null);
        CommandMetadata metadata = info.metadata();
        PSCmdlet cmdlet = metadata.newInstance();
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(metadata, 1, false),
                BindingTarget.fieldsOf(cmdlet), new SessionBindingServices(context, metadata, null));
        cmdlet.setContext(context, context.sessionState().currentScope(), binder, metadata, null);
        DynamicParameters dynamic = (DynamicParameters) cmdlet;
        binder.setDynamicParameterSource(dynamic::getDynamicParameters);
        return new UnboundCmdlet(dynamic, binder);
    }

    record UnboundCmdlet(DynamicParameters cmdlet, ParameterBinder binder) {
    }

    /**
     * Fails with FileSystemAccessDenied when the host denies the session file access (the polyglot
     * context's IO policy), which the file cmdlets must honour as Truffle's own file API does.
     */
    static void checkFileSystemAccess(PoshContext context, String commandName, Extent extent) {
        if (!context.env().isFileIOAllowed()) {
            throw HostPolicy.denied("The command '" + commandName + "' cannot access the file system: the host "
                    + "does not allow file access in this session.", "FileSystemAccessDenied", commandName, commandName,
                    extent);
        }
    }

    @Override
    public void setOutput(Pipe output) {
        cmdlet.setOutput(redirectedOutput != null ? redirectedOutput : output);
    }

    /** Sends the command's output to {@code output} instead of downstream ({@code > file}). */
    @Override
    public void redirectOutput(Pipe output) {
        redirectedOutput = output;
    }

    /** Sends the command's stream 2 to 6 to the pipe ({@code 2> file}). */
    @Override
    public void redirectStream(int stream, Pipe pipe) {
        cmdlet.redirectStream(stream, pipe);
    }

    /** Sends the command's stream 2 to 6 into its output ({@code 2>&1}). */
    @Override
    public void mergeStreamIntoOutput(int stream) {
        cmdlet.mergeStreamIntoOutput(stream);
    }

    /** Where the command's non-terminating errors (ErrorRecords) go; the host's error output by default. */
    @Override
    public void setErrorOutput(Pipe errors) {
        cmdlet.setErrorOutput(errors);
    }

    @Override
    @TruffleBoundary
    public void begin() {
        Streams previous = cmdlet.enterRedirections();
        try {
            cmdlet.beginProcessing();
        } catch (PoshException e) {
            throw positioned(e);
        } finally {
            cmdlet.exitRedirections(previous);
        }
    }

    /**
     * A terminating error leaving the command, reported at the command unless it says where it happened,
     * and wrapped as pwsh wraps it (a CmdletInvocationException, which catch clauses also match).
     */
    private PoshException positioned(PoshException e) {
        e.errorRecord().setExtentIfAbsent(extent);
        return e.leavingCmdlet();
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
        processWithoutInput();
    }

    /** The process step of a pipeline's first command, which has no input object. */
    @Override
    @TruffleBoundary
    public void processWithoutInput() {
        Streams previous = cmdlet.enterRedirections();
        try {
            cmdlet.processRecord();
        } catch (PoshException e) {
            throw positioned(e);
        } finally {
            cmdlet.exitRedirections(previous);
        }
    }

    @Override
    @TruffleBoundary
    public void stop() {
        cmdlet.stop();
    }

    @Override
    @TruffleBoundary
    public void end() {
        Streams previous = cmdlet.enterRedirections();
        try {
            cmdlet.endProcessing();
        } catch (PoshException e) {
            throw positioned(e);
        } finally {
            cmdlet.exitRedirections(previous);
        }
    }
}
