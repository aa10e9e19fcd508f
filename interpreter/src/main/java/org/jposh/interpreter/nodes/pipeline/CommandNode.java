package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.functions.FunctionCallNode;
import org.jposh.interpreter.runtime.CommandTableVersion;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * A command in a pipeline: finds the command and prepares its processor with the arguments bound.
 * The command is named by a bare word, or by any expression after {@code &} (run in a new scope) or
 * {@code .} (run in the current scope): a name, a script block, or a command found earlier.
 */
public final class CommandNode extends PoshNode {
    private final String commandName;
    private final boolean dotSource;
    @Child private ExpressionNode commandExpression;
    @Children private final CommandArgumentNode[] arguments;
    @Child private RedirectionsNode redirections;
    private final boolean positionalOnly;
    @Child private FunctionCallNode functionCall;
    private FunctionInfo cachedFunction;
    private int cachedVersion;
    private SessionStateScope cachedScriptScope;

    /**
     * A command named by a bare word, run in a new scope.
     *
     * @param redirections the command's redirections, or null
     */
    public CommandNode(String commandName, CommandArgumentNode[] arguments, RedirectionsNode redirections) {
        this(commandName, null, false, arguments, redirections);
    }

    /** A command named by the value of an expression ({@code & $block}, {@code . ./lib.ps1}). */
    public CommandNode(ExpressionNode commandExpression, boolean dotSource, CommandArgumentNode[] arguments,
                       RedirectionsNode redirections) {
        this(null, commandExpression, dotSource, arguments, redirections);
    }

    private CommandNode(String commandName, ExpressionNode commandExpression, boolean dotSource,
                        CommandArgumentNode[] arguments, RedirectionsNode redirections) {
        this.commandName = commandName;
        this.commandExpression = commandExpression;
        this.dotSource = dotSource;
        this.arguments = arguments;
        this.redirections = redirections;
        this.positionalOnly = commandName != null && redirections == null
                && Arrays.stream(arguments).allMatch(CommandArgumentNode::isPositional);
        this.functionCall = positionalOnly ? new FunctionCallNode() : null;
    }

    /**
     * Runs the command as a pipeline of its own without input: a simple function called with positional
     * arguments takes the fast path; everything else runs as a one-command pipeline.
     */
    public void executeAlone(VirtualFrame frame, Pipe output) {
        Object command = commandExpression == null ? namedCommand(frame) : commandExpression.executeGeneric(frame);
        CommandArgument[] arguments;
        if (positionalOnly && command instanceof FunctionInfo function) {
            Object[] values = evaluatePositionalValues(frame);
            if (functionCall.call(function.scriptBlock(), values, output)) {
                return;
            }
            arguments = positionalArguments(values);
        } else {
            arguments = evaluateArguments(frame);
        }
        runAlone(createProcessor(frame, ScriptBlockRootNode.context(frame), command, arguments, 1, false), output);
    }

    /** The values of a command line of positional arguments alone, as the fast path of a function call binds them. */
    @ExplodeLoop
    private Object[] evaluatePositionalValues(VirtualFrame frame) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i].executeValue(frame);
        }
        return values;
    }

    /** The argument records of the values {@link #evaluatePositionalValues} took, for the binder. */
    @TruffleBoundary
    private CommandArgument[] positionalArguments(Object[] values) {
        CommandArgument[] records = new CommandArgument[values.length];
        for (int i = 0; i < values.length; i++) {
            records[i] = arguments[i].positional(values[i]);
        }
        return records;
    }

    /** The function the name calls, kept per call site (see {@link #findFunction}); else the name, for discovery. */
    private Object namedCommand(VirtualFrame frame) {
        FunctionInfo function = findFunction(frame);
        return function != null ? function : commandName;
    }

    @TruffleBoundary
    private static void runAlone(CommandProcessorBase processor, Pipe output) {
        CommandProcessorBase.runPipeline(new CommandProcessorBase[]{processor}, null, output);
    }

    /**
     * The function the name calls, kept while no function was defined or removed since and the caller's
     * script scope is the same (a private function, which only its own scope sees, is not kept); null when
     * the name is not a function.
     */
    private FunctionInfo findFunction(VirtualFrame frame) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        CommandTableVersion version = scope.commandVersion();
        if (cachedFunction != null && cachedVersion == version.version() && cachedScriptScope == scope.scriptScope()
                && !version.definedInNestedScope()) {
            return cachedFunction;
        }
        return lookUpFunction(scope, version);
    }

    @TruffleBoundary
    private FunctionInfo lookUpFunction(SessionStateScope scope, CommandTableVersion version) {
        CommandInfo info = CommandDiscovery.find(PoshContext.get(this), commandName);
        FunctionInfo found = info instanceof FunctionInfo function ? function : null;
        cachedFunction = found != null && !found.isPrivate() ? found : null;
        cachedVersion = version.version();
        cachedScriptScope = scope.scriptScope();
        return found;
    }

    /**
     * @param pipelinePosition the command's place in the pipeline, from 1
     * @param expectingInput whether pipeline input will reach the command
     */
    public CommandProcessorBase createProcessor(VirtualFrame frame, int pipelinePosition, boolean expectingInput) {
        Object command = commandExpression == null ? namedCommand(frame) : commandExpression.executeGeneric(frame);
        return createProcessor(frame, ScriptBlockRootNode.context(frame), command, evaluateArguments(frame), pipelinePosition,
                expectingInput);
    }

    /**
     * The command and its argument values, taken now, for a processor made later ({@link #createPrepared}):
     * a steppable pipeline binds its commands only when it begins.
     */
    public record Prepared(Object command, CommandArgument[] values) {
    }

    /** @throws PSRuntimeException NotSupported for a command with redirections, which a steppable pipeline does not take yet */
    public Prepared prepare(VirtualFrame frame) {
        if (redirections != null) {
            throw notSupportedInSteppablePipeline();
        }
        Object command = commandExpression == null ? commandName : commandExpression.executeGeneric(frame);
        return new Prepared(command, evaluateArguments(frame));
    }

    @TruffleBoundary
    private static PSRuntimeException notSupportedInSteppablePipeline() {
        return new PSRuntimeException("NotSupported", ErrorCategory.NotImplemented,
                "Redirecting a command of a steppable pipeline is not supported by JPosh yet.");
    }

    /** The processor of a command {@link #prepare} took. */
    @TruffleBoundary
    public CommandProcessorBase createPrepared(PoshContext context, Prepared prepared, int pipelinePosition,
                                               boolean expectingInput) {
        return CommandDiscovery.createProcessor(context, prepared.command(), dotSource, prepared.values(), extent(),
                pipelinePosition, expectingInput);
    }

    private CommandProcessorBase createProcessor(VirtualFrame frame, PoshContext context, Object command,
                                                 CommandArgument[] values, int pipelinePosition,
                                                 boolean expectingInput) {
        CommandProcessorBase processor = CommandDiscovery.createProcessor(context, command, dotSource, values,
                extent(), pipelinePosition, expectingInput);
        if (redirections != null) {
            processor.setRedirectionFiles(redirections.apply(frame, new ProcessorTarget(processor)));
        }
        return processor;
    }

    /** Redirections act on the command's own streams and output. */
    private record ProcessorTarget(CommandProcessorBase processor) implements RedirectionsNode.Target {
        @Override
        public void redirect(int stream, Pipe pipe) {
            processor.redirectStream(stream, pipe);
        }

        @Override
        public void merge(int stream) {
            processor.mergeStreamIntoOutput(stream);
        }

        @Override
        public void redirectOutput(Pipe pipe) {
            processor.redirectOutput(pipe);
        }
    }

    @ExplodeLoop
    private CommandArgument[] evaluateArguments(VirtualFrame frame) {
        List<CommandArgument> values = new ArrayList<>(arguments.length);
        for (CommandArgumentNode argument : arguments) {
            argument.execute(frame, values);
        }
        return toArray(values);
    }

    @TruffleBoundary
    private static CommandArgument[] toArray(List<CommandArgument> values) {
        return values.toArray(CommandArgument[]::new);
    }
}
