package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;

/** One element of a command line after the command name: a parameter token, an argument, or both. */
public final class CommandArgumentNode extends PoshNode {
    private final String parameterName;
    @Child private ExpressionNode value;

    /**
     * @param parameterName the name after {@code -}, or null for a positional argument
     * @param value the argument, or null for a parameter token with nothing glued to it
     */
    public CommandArgumentNode(String parameterName, ExpressionNode value) {
        this.parameterName = parameterName;
        this.value = value;
    }

    public CommandArgument execute(VirtualFrame frame) {
        if (value == null) {
            return CommandArgument.parameter(parameterName, extent());
        }
        Object argument = value.executeGeneric(frame);
        return parameterName == null
                ? CommandArgument.positional(argument, extent())
                : CommandArgument.named(parameterName, argument, extent(), value.extent());
    }
}
