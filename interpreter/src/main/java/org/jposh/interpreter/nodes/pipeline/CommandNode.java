package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;

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

    /** A command named by a bare word, run in a new scope. */
    public CommandNode(String commandName, CommandArgumentNode[] arguments) {
        this(commandName, null, false, arguments);
    }

    /** A command named by the value of an expression ({@code & $block}, {@code . ./lib.ps1}). */
    public CommandNode(ExpressionNode commandExpression, boolean dotSource, CommandArgumentNode[] arguments) {
        this(null, commandExpression, dotSource, arguments);
    }

    private CommandNode(String commandName, ExpressionNode commandExpression, boolean dotSource,
                        CommandArgumentNode[] arguments) {
        this.commandName = commandName;
        this.commandExpression = commandExpression;
        this.dotSource = dotSource;
        this.arguments = arguments;
    }

    /**
     * @param pipelinePosition the command's place in the pipeline, from 1
     * @param expectingInput whether pipeline input will reach the command
     */
    public CommandProcessorBase createProcessor(VirtualFrame frame, int pipelinePosition, boolean expectingInput) {
        Object command = commandExpression == null ? commandName : commandExpression.executeGeneric(frame);
        CommandArgument[] values = evaluateArguments(frame);
        return CommandDiscovery.createProcessor(PoshContext.get(this), command, dotSource, values, extent(),
                pipelinePosition, expectingInput);
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
