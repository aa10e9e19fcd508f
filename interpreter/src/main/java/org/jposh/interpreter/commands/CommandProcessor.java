package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;

/**
 * One command running in one pipeline: the cmdlet instance, its bound parameters and the steps the
 * pipeline drives (begin, process per input object, end).
 */
public final class CommandProcessor {
    private final PSCmdlet cmdlet;
    private final ParameterBinder binder;

    private CommandProcessor(PSCmdlet cmdlet, ParameterBinder binder) {
        this.cmdlet = cmdlet;
        this.binder = binder;
    }

    /**
     * Finds the command and binds its command-line arguments.
     *
     * @throws PoshException CommandNotFoundException, or a parameter binding error
     */
    @TruffleBoundary
    public static CommandProcessor create(PoshContext context, String commandName, CommandArgument[] arguments,
                                          Extent extent) {
        CmdletInfo info = context.sessionState().commands().find(commandName);
        if (info == null) {
            throw commandNotFound(commandName, extent);
        }
        CommandMetadata metadata = info.metadata();
        PSCmdlet cmdlet = metadata.newInstance();
        cmdlet.setContext(context);
        ParameterBinder binder = new ParameterBinder(metadata, cmdlet, extent);
        binder.bindCommandLine(arguments);
        return new CommandProcessor(cmdlet, binder);
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

    @TruffleBoundary
    public void begin() {
        cmdlet.beginProcessing();
    }

    /** Processes one pipeline input object. */
    @TruffleBoundary
    public void process(Object input) {
        binder.bindPipelineInput(input);
        cmdlet.processRecord();
    }

    /** The process step of a pipeline's first command, which has no input object. */
    @TruffleBoundary
    public void processWithoutInput() {
        binder.checkMandatoryParameters();
        cmdlet.processRecord();
    }

    @TruffleBoundary
    public void end() {
        cmdlet.endProcessing();
    }
}
