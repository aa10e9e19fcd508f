package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;

/**
 * One element of a command line as the binder receives it (PowerShell's CommandParameterInternal): a
 * parameter name alone ({@code -Name}), a name with its argument ({@code -Name:value}, or an entry of a
 * splatted hashtable), or an argument alone.
 *
 * @param parameterName the name as typed, without the dash; null for a positional argument
 * @param parameterText the parameter as written, such as {@code -Name} or {@code -Name:}; kept for
 *                      remaining-arguments parameters and $args
 * @param value the argument; meaningful only when {@code hasValue}
 * @param fromHashtableSplat whether the record came from {@code @table}: such records bind after the
 *                           explicit ones and lose to them silently
 * @param parameterExtent where the parameter is written: errors about the name point there
 * @param argumentExtent where the argument is written: errors about the value point there
 * @param arrayLiteral whether the argument is written as an array literal ({@code 1,2,3}): a program gets
 *                     such an argument as written (pwsh's ArrayLiteralAst case of native argument passing)
 */
public record CommandArgument(String parameterName, String parameterText, Object value, boolean hasValue,
                              boolean fromHashtableSplat, Extent parameterExtent, Extent argumentExtent,
                              boolean arrayLiteral) {

    public CommandArgument(String parameterName, String parameterText, Object value, boolean hasValue,
                           boolean fromHashtableSplat, Extent parameterExtent, Extent argumentExtent) {
        this(parameterName, parameterText, value, hasValue, fromHashtableSplat, parameterExtent, argumentExtent,
                false);
    }

    public static CommandArgument parameter(String name, Extent extent) {
        return new CommandArgument(name, "-" + name, null, false, false, extent, null);
    }

    /** {@code -Name:value}, the colon form, whose argument is written at {@code argumentExtent}. */
    public static CommandArgument named(String name, Object value, Extent parameterExtent, Extent argumentExtent) {
        return new CommandArgument(name, "-" + name + ":", value, true, false, parameterExtent, argumentExtent);
    }

    /** {@code -Name:1,2}: the colon form with an argument written as an array literal. */
    public static CommandArgument namedArrayLiteral(String name, Object value, Extent parameterExtent,
                                                    Extent argumentExtent) {
        return new CommandArgument(name, "-" + name + ":", value, true, false, parameterExtent, argumentExtent, true);
    }

    public static CommandArgument named(String name, Object value, Extent extent) {
        return named(name, value, extent, extent);
    }

    /** Whether this is the {@code --} that ends a command line's parameters (pwsh's parameter named -). */
    public boolean isEndOfParameters() {
        return "-".equals(parameterName) && !hasValue && !fromHashtableSplat;
    }

    public static CommandArgument positional(Object value, Extent extent) {
        return new CommandArgument(null, null, value, true, false, null, extent);
    }

    /** A positional argument written as an array literal, {@code 1,2,3}. */
    public static CommandArgument positionalArrayLiteral(Object value, Extent extent) {
        return new CommandArgument(null, null, value, true, false, null, extent, true);
    }

    /**
     * The records {@code @value} stands for: one named record per entry of a hashtable, one positional
     * record per element of anything else enumerable (strings included, as .NET enumerates their
     * characters), or the value itself as one positional record.
     */
    public static List<CommandArgument> splat(Object value, Extent extent) {
        List<CommandArgument> records = new ArrayList<>();
        if (value instanceof Map<?, ?> table) {
            for (Map.Entry<?, ?> entry : table.entrySet()) {
                String name = LanguagePrimitives.toStringValue(entry.getKey());
                records.add(new CommandArgument(name, splattedParameterText(name), entry.getValue(), true, true,
                        extent, extent));
            }
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                records.add(positional(s.charAt(i), extent));
            }
        } else if (BinderConversions.isEnumerable(value)) {
            for (Object element : BinderConversions.enumerate(value)) {
                records.add(splattedElement(element, extent));
            }
        } else {
            records.add(positional(value, extent));
        }
        return records;
    }

    /**
     * A parameter's text as a simple function's {@code $args} holds it: a string carrying a note with the
     * parameter's name (pwsh's {@code <CommandParameterName>}), so that {@code foo -abc} and {@code foo "-abc"}
     * differ and splatting {@code @args} passes the parameter on as a parameter.
     */
    static Object textInArgs(CommandArgument argument) {
        PSObject text = new PSObject(argument.parameterText());
        text.addMember(new PSNoteProperty(PARAMETER_NAME_NOTE, argument.parameterName()));
        return text;
    }

    private static final String PARAMETER_NAME_NOTE = "<CommandParameterName>";

    /**
     * An element of a splatted collection: a parameter's text from {@code $args} becomes that parameter again
     * (without an argument: as in pwsh, {@code -S:$false} relayed this way is a present switch followed by a
     * positional $false), anything else a positional argument.
     */
    private static CommandArgument splattedElement(Object element, Extent extent) {
        if (element instanceof PSObject object && object.baseObject() instanceof String text
                && object.instanceMember(PARAMETER_NAME_NOTE) instanceof PSNoteProperty note
                && note.value() instanceof String name) {
            return new CommandArgument(name, text, null, false, false, extent, null);
        }
        return positional(element, extent);
    }

    /** As PowerShell writes a splatted key back as parameter text: a colon after the name, before any trailing blanks. */
    private static String splattedParameterText(String name) {
        int end = name.length();
        while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || name.charAt(end - 1) == ':') {
            return "-" + name;
        }
        return "-" + name.substring(0, end) + ":" + name.substring(end);
    }

    public boolean isParameter() {
        return parameterName != null;
    }

    /** Both a name and an argument, as {@code -Name:value}. */
    boolean hasNameAndValue() {
        return parameterName != null && hasValue;
    }

    /** Where errors about the value point: the argument, else the parameter. */
    Extent errorExtent() {
        return argumentExtent != null ? argumentExtent : parameterExtent;
    }

    /** The same record with the argument the binder paired it with. */
    CommandArgument withValue(String name, Object newValue, Extent newArgumentExtent) {
        return new CommandArgument(name, parameterText, newValue, true, fromHashtableSplat, parameterExtent,
                newArgumentExtent);
    }
}
