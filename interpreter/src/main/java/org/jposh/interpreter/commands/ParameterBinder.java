package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSInvalidCastException;
import org.jposh.interpreter.runtime.PoshException;

/**
 * Binds arguments to a cmdlet's parameters following PowerShell's order (binder spec, section 1):
 * name-only parameters take the next argument, named arguments bind, positional arguments fill
 * positions in ascending order, leftovers go to the remaining-arguments parameter, anything still
 * unbound is an error. Then, per pipeline object, the pipeline parameters bind.
 * Parameter sets, validation and the common parameters come with the full binder.
 */
final class ParameterBinder {
    private final CommandMetadata command;
    private final PSCmdlet cmdlet;
    private final Extent commandExtent;
    private final Set<ParameterMetadata> bound = new HashSet<>();
    private final Set<ParameterMetadata> boundFromCommandLine = new HashSet<>();

    ParameterBinder(CommandMetadata command, PSCmdlet cmdlet, Extent commandExtent) {
        this.command = command;
        this.cmdlet = cmdlet;
        this.commandExtent = commandExtent;
    }

    void bindCommandLine(CommandArgument[] arguments) {
        List<CommandArgument> unnamed = new ArrayList<>();
        List<CommandArgument> unresolved = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            CommandArgument argument = arguments[i];
            if (!argument.isParameter()) {
                unnamed.add(argument);
                continue;
            }
            ParameterMetadata parameter = resolve(argument.parameterName(), argument.extent());
            if (parameter == null) {
                unresolved.add(argument);
                continue;
            }
            Object value;
            if (argument.hasValue()) {
                value = argument.value();
            } else if (parameter.isSwitch()) {
                value = Boolean.TRUE;
            } else {
                CommandArgument next = i + 1 < arguments.length ? arguments[i + 1] : null;
                if (next == null || (next.isParameter() && resolve(next.parameterName(), next.extent()) != null)) {
                    throw error("MissingArgument", "Missing an argument for parameter '" + parameter.name()
                            + "'. Specify a parameter of type '" + parameter.typeName() + "' and try again.",
                            argument.extent());
                }
                value = next.isParameter() ? "-" + next.parameterName() : next.value();
                i++;
            }
            if (bound.contains(parameter)) {
                throw error("ParameterAlreadyBound", "Cannot bind parameter because parameter '" + parameter.name()
                        + "' is specified more than once. To provide multiple values to parameters that can accept "
                        + "multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".",
                        argument.extent());
            }
            bind(parameter, value, argument.extent());
        }
        List<CommandArgument> leftover = bindPositional(unnamed);
        leftover.addAll(0, unresolved);
        bindRemainingArguments(leftover);
        boundFromCommandLine.addAll(bound);
    }

    private List<CommandArgument> bindPositional(List<CommandArgument> unnamed) {
        List<ParameterMetadata> positional = new ArrayList<>();
        for (ParameterMetadata p : command.parameters()) {
            if (p.isPositional() && !p.valueFromRemainingArguments() && !bound.contains(p)) {
                positional.add(p);
            }
        }
        positional.sort(Comparator.comparingInt(ParameterMetadata::position));
        List<CommandArgument> leftover = new ArrayList<>();
        int next = 0;
        for (ParameterMetadata parameter : positional) {
            if (next >= unnamed.size()) {
                break;
            }
            CommandArgument argument = unnamed.get(next++);
            bind(parameter, argument.value(), argument.extent());
        }
        leftover.addAll(unnamed.subList(next, unnamed.size()));
        return leftover;
    }

    private void bindRemainingArguments(List<CommandArgument> leftover) {
        if (leftover.isEmpty()) {
            return;
        }
        ParameterMetadata remaining = null;
        for (ParameterMetadata p : command.parameters()) {
            if (p.valueFromRemainingArguments() && !bound.contains(p)) {
                remaining = p;
            }
        }
        if (remaining == null) {
            CommandArgument first = leftover.getFirst();
            if (first.isParameter()) {
                throw error("NamedParameterNotFound", "A parameter cannot be found that matches parameter name '"
                        + first.parameterName() + "'.", first.extent());
            }
            throw error("PositionalParameterNotFound", "A positional parameter cannot be found that accepts argument '"
                    + (first.value() == null ? "$null" : LanguagePrimitives.toStringValue(first.value())) + "'.",
                    first.extent());
        }
        List<Object> values = new ArrayList<>();
        for (CommandArgument argument : leftover) {
            if (argument.isParameter()) {
                values.add("-" + argument.parameterName());
            }
            if (argument.hasValue()) {
                values.add(argument.value());
            }
        }
        Object value = values.size() == 1 && values.getFirst() instanceof Object[] only ? only : values.toArray();
        bind(remaining, value, leftover.getFirst().extent());
    }

    void bindPipelineInput(Object input) {
        for (ParameterMetadata p : command.parameters()) {
            if (p.valueFromPipeline() && !boundFromCommandLine.contains(p)) {
                bind(p, input, commandExtent);
                return;
            }
        }
    }

    void checkMandatoryParameters() {
        for (ParameterMetadata p : command.parameters()) {
            if (p.mandatory() && !bound.contains(p)) {
                throw error("MissingMandatoryParameter", "Cannot process command because of one or more missing "
                        + "mandatory parameters: " + p.name() + ".", commandExtent);
            }
        }
    }

    /** Exact name or alias first, then a unique prefix (binder spec, section 2). */
    private ParameterMetadata resolve(String typed, Extent extent) {
        String name = typed.toLowerCase(Locale.ROOT);
        List<ParameterMetadata> prefixed = new ArrayList<>();
        for (ParameterMetadata p : command.parameters()) {
            if (p.name().equalsIgnoreCase(name) || p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return p;
            }
            if (p.name().toLowerCase(Locale.ROOT).startsWith(name)
                    || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith(name))) {
                prefixed.add(p);
            }
        }
        if (prefixed.size() > 1) {
            StringBuilder matches = new StringBuilder();
            for (ParameterMetadata p : prefixed) {
                matches.append(" -").append(p.name());
            }
            throw error("AmbiguousParameter", "Parameter cannot be processed because the parameter name '" + typed
                    + "' is ambiguous. Possible matches include:" + matches + ".", extent);
        }
        return prefixed.isEmpty() ? null : prefixed.getFirst();
    }

    private void bind(ParameterMetadata parameter, Object value, Extent extent) {
        Object converted;
        try {
            converted = convert(parameter, value);
        } catch (PSInvalidCastException e) {
            throw error("CannotConvertArgumentNoMessage", "Cannot bind parameter '" + parameter.name() + "'. "
                    + e.getMessage(), extent);
        }
        try {
            parameter.setter().invokeExact(cmdlet, converted);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw error("ParameterBindingFailed", "Cannot bind parameter '" + parameter.name() + "' to the target. "
                    + e.getMessage(), extent);
        }
        bound.add(parameter);
    }

    private static Object convert(ParameterMetadata parameter, Object value) {
        Class<?> type = parameter.type();
        if (type == Object.class) {
            return value;
        }
        if (type == Object[].class) {
            return value instanceof Object[] ? value : new Object[]{value};
        }
        if (type == boolean.class) {
            return value instanceof Boolean b ? b : LanguagePrimitives.toInt(value) != 0;
        }
        if (type == String.class) {
            return value == null ? null : LanguagePrimitives.toStringValue(value);
        }
        if (type == int.class || type == Integer.class) {
            return LanguagePrimitives.toInt(value);
        }
        if (type.isInstance(value)) {
            return value;
        }
        throw new PSInvalidCastException("ConvertToFinalInvalidCastException", "Cannot convert the \""
                + LanguagePrimitives.toStringValue(value) + "\" value to type \"" + parameter.typeName() + "\".");
    }

    private PoshException error(String errorId, String message, Extent extent) {
        return ParameterBindingException.create(command, errorId, message, extent);
    }
}
