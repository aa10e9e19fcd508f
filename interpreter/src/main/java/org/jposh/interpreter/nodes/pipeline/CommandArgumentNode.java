package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.List;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;

/**
 * One element of a command line after the command name: a parameter token, an argument, both, or a
 * splatted variable ({@code @params}), which stands for as many arguments as it holds.
 */
public final class CommandArgumentNode extends PoshNode {
    private final String parameterName;
    private final boolean splatted;
    /** Whether the argument is written as an array literal ({@code 1,2,3}), which a program gets as written. */
    private final boolean arrayLiteral;
    @Child private ExpressionNode value;

    /**
     * @param parameterName the name after {@code -}, or null for a positional argument
     * @param value the argument, or null for a parameter token with nothing glued to it
     */
    public CommandArgumentNode(String parameterName, ExpressionNode value) {
        this(parameterName, value, false, false);
    }

    /** An argument, or a parameter's colon argument, written as an array literal ({@code 1,2,3}). */
    public static CommandArgumentNode arrayLiteral(String parameterName, ExpressionNode value) {
        return new CommandArgumentNode(parameterName, value, false, true);
    }

    private CommandArgumentNode(String parameterName, ExpressionNode value, boolean splatted, boolean arrayLiteral) {
        this.parameterName = parameterName;
        this.value = value;
        this.splatted = splatted;
        this.arrayLiteral = arrayLiteral;
    }

    /** {@code @variable}: the variable's hashtable entries become named arguments, its elements positional ones. */
    public static CommandArgumentNode splatted(ExpressionNode variable) {
        return new CommandArgumentNode(null, variable, true, false);
    }

    /** Whether the element is a plain positional argument: no parameter name, not splatted. */
    public boolean isPositional() {
        return parameterName == null && value != null && !splatted;
    }

    /** Adds the argument records this element stands for. */
    public void execute(VirtualFrame frame, List<CommandArgument> into) {
        if (value == null) {
            add(into, CommandArgument.parameter(parameterName, extent()));
            return;
        }
        Object argument = value.executeGeneric(frame);
        if (splatted) {
            addAll(into, argument);
        } else {
            add(into, parameterName == null
                    ? positional(argument)
                    : arrayLiteral ? CommandArgument.namedArrayLiteral(parameterName, argument, extent(), value.extent())
                    : CommandArgument.named(parameterName, argument, extent(), value.extent()));
        }
    }

    /** The argument's value alone, for a {@linkplain #isPositional positional} element. */
    public Object executeValue(VirtualFrame frame) {
        return value.executeGeneric(frame);
    }

    /** The record of a {@linkplain #isPositional positional} element whose value is {@code argument}. */
    public CommandArgument positional(Object argument) {
        return arrayLiteral ? CommandArgument.positionalArrayLiteral(argument, extent())
                : CommandArgument.positional(argument, extent());
    }

    @TruffleBoundary
    private static void add(List<CommandArgument> into, CommandArgument argument) {
        into.add(argument);
    }

    @TruffleBoundary
    private void addAll(List<CommandArgument> into, Object argument) {
        if (argument != null) {
            into.addAll(CommandArgument.splat(argument, extent()));
        }
    }
}
