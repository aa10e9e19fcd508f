package org.jposh.interpreter.commands;

import org.jposh.grammar.ast.Extent;

/**
 * One evaluated element of a command line: {@code -Name}, {@code -Name:value} or a positional value.
 *
 * @param parameterName the name as typed, without the dash; null for a positional value
 * @param value the value; meaningful only when {@code hasValue}
 */
public record CommandArgument(String parameterName, Object value, boolean hasValue, Extent extent) {

    public static CommandArgument parameter(String name, Extent extent) {
        return new CommandArgument(name, null, false, extent);
    }

    public static CommandArgument named(String name, Object value, Extent extent) {
        return new CommandArgument(name, value, true, extent);
    }

    public static CommandArgument positional(Object value, Extent extent) {
        return new CommandArgument(null, value, true, extent);
    }

    public boolean isParameter() {
        return parameterName != null;
    }
}
