package org.jposh.stdlib.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.interpreter.runtime.TypeNames;

/**
 * One -Property (or -GroupBy) argument, as pwsh's MshParameter: a property name, a script block, or a
 * calculated property {@code @{Name=...; Expression=...; Width=...; Alignment=...; FormatString=...}}
 * whose keys may be shortened to any unambiguous prefix (N, L, E, W, A, F).
 *
 * @param label        the column or field label, or null to use the expression's text
 * @param width        the column width, or 0 for none
 * @param alignment    the column alignment, or UNDEFINED
 * @param formatString a .NET format string for the value, or null
 * @param ascending    Sort-Object's own direction for this key ({@code Ascending}/{@code Descending}), or null
 */
public record FormatParameter(PropertyExpression expression, String label, int width, Alignment alignment,
                              String formatString, Boolean ascending) {

    private static final String EXPRESSION_TYPES = "{System.String, System.Management.Automation.ScriptBlock}";

    /** Which keys a command accepts in calculated properties. */
    public enum Keys {
        TABLE("name", "label", "expression", "width", "alignment", "formatstring"),
        LIST("name", "label", "expression", "formatstring"),
        GROUP_BY("name", "label", "expression", "formatstring"),
        WIDE("expression", "formatstring"),
        SELECT("name", "label", "expression"),
        HTML("name", "label", "expression", "width", "alignment"),
        SORT("expression", "ascending", "descending"),
        GROUP("expression");

        private final String[] names;

        Keys(String... names) {
            this.names = names;
        }

        /**
         * How pwsh names an entry in its errors: the label entry is {@code name} where the command's definition
         * calls it so (Select-Object's), {@code label} elsewhere.
         */
        String entryName(String name) {
            return name.equals("label") && this == SELECT ? "name" : name;
        }
    }

    /**
     * Reads one argument.
     *
     * @param command the cmdlet's name, for errors
     * @throws PoshException with pwsh's DictionaryKey* and related error ids for bad calculated properties
     */
    public static FormatParameter parse(Object argument, Keys keys, String command) {
        Object value = PSObject.base(argument);
        if (value instanceof Map<?, ?> map) {
            return fromDictionary(map, keys, command);
        }
        return new FormatParameter(expression(value, command), null, 0, Alignment.UNDEFINED, null, null);
    }

    /** A -Property argument that is not a calculated property: a property name or a script block. */
    public static PropertyExpression expression(Object argument, String command) {
        Object value = PSObject.base(argument);
        if (value instanceof ScriptCallable script) {
            return PropertyExpression.ofScript(script);
        } else if (value instanceof String name) {
            if (name.isEmpty()) {
                throw error(command, "ExpressionEmptyString2", "An empty string value is not allowed.");
            }
            return PropertyExpression.ofName(name);
        }
        throw error(command, "DictionaryKeyUnknownType", value == null
                ? "The value of a parameter was null; one of the following types was expected: " + EXPRESSION_TYPES + "."
                : "Cannot convert " + TypeNames.fullName(value) + " to one of the following types " + EXPRESSION_TYPES
                        + ".");
    }

    private static FormatParameter fromDictionary(Map<?, ?> map, Keys keys, String command) {
        PropertyExpression expression = null;
        String label = null;
        int width = 0;
        Alignment alignment = Alignment.UNDEFINED;
        String formatString = null;
        Boolean ascending = null;
        Boolean descending = null;
        for (Entry e : entries(map, keys, command)) {
            Object value = e.value();
            switch (e.name()) {
                case "label" -> label = label(e, command);
                case "expression" -> expression = expression(e, command);
                case "width" -> {
                    width = LanguagePrimitives.toInt(value);
                    if (width <= 0) {
                        throw error(command, "DictionaryKeyIllegalValue2", "The value \"" + width + "\" for key \""
                                + e.key() + "\" should be greater than 0.");
                    }
                }
                case "alignment" -> alignment = alignment(LanguagePrimitives.toStringValue(value), e.key(), command);
                case "ascending" -> ascending = LanguagePrimitives.isTrue(value);
                case "descending" -> descending = LanguagePrimitives.isTrue(value);
                default -> formatString = LanguagePrimitives.toStringValue(value);
            }
        }
        if (expression == null) {
            throw missingExpression(command);
        }
        return new FormatParameter(expression, label, width, alignment, formatString,
                direction(ascending, descending));
    }

    /**
     * One entry of a calculated property.
     *
     * @param key   the key as written
     * @param name  the entry it stands for: a name of {@link Keys}, with {@code name} and {@code label} both as
     *              {@code label}
     * @param value its value (never null)
     */
    public record Entry(String key, String name, Object value) {
    }

    /**
     * The entries of a calculated property with their keys checked as pwsh's ParameterProcessor checks them (string
     * keys, each an unambiguous prefix of an allowed one, none twice, none without a value); a command that reads
     * the values its own way (ConvertTo-Html) starts from these.
     */
    public static List<Entry> entries(Map<?, ?> map, Keys keys, String command) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(PSObject.base(e.getKey()) instanceof String key)) {
                throw error(command, "DictionaryKeyNonString", "The " + TypeNames.shortName(PSObject.base(e.getKey()))
                        + " key type is not valid. The key must be a string.");
            }
            String name = canonicalKey(key, keys, command);
            for (Entry seen : entries) {
                if (seen.name().equals(name)) {
                    throw error(command, "DictionaryKeyDuplicate", "The duplicated key \"" + key
                            + "\" conflicts with \"" + keys.entryName(name) + "\".");
                }
            }
            Object value = PSObject.base(e.getValue());
            if (value == null) {
                throw error(command, "DictionaryKeyMissingValue", "The " + key + " key has no value.");
            }
            entries.add(new Entry(key, name, value));
        }
        return entries;
    }

    /** The Expression entry's value: a property name or a script block. */
    public static PropertyExpression expression(Entry entry, String command) {
        if (entry.value() instanceof ScriptCallable script) {
            return PropertyExpression.ofScript(script);
        }
        if (!(entry.value() instanceof String name)) {
            throw illegalType(entry, command, "System.String", "System.Management.Automation.ScriptBlock");
        }
        if (name.isEmpty()) {
            throw error(command, "ExpressionEmptyString1", "The \"expression\" key cannot have an empty string value.");
        }
        return PropertyExpression.ofName(name);
    }

    /** The Name or Label entry's value, which must be a string. */
    public static String label(Entry entry, String command) {
        if (entry.value() instanceof String label) {
            return label;
        }
        throw illegalType(entry, command, "System.String");
    }

    /** pwsh's error for an entry whose value is of none of the types the entry takes. */
    public static PoshException illegalType(Entry entry, String command, String... types) {
        String shown = "The \"" + entry.key() + "\" key has a type, " + TypeNames.fullName(entry.value())
                + ", that is not valid; ";
        return types.length > 1
                ? error(command, "DictionaryKeyIllegalValue1", shown + "expected types are {" + String.join(", ", types)
                        + "}.")
                : error(command, "DictionaryKeyIllegalValue2", shown + "expected type is " + types[0] + ".");
    }

    /** pwsh's error for a calculated property without an Expression entry. */
    public static PoshException missingExpression(String command) {
        return error(command, "DictionaryKeyMandatoryEntry", "A mandatory entry for expression is missing.");
    }

    /** A key's direction: from Ascending or Descending, none when neither or both say the same. */
    private static Boolean direction(Boolean ascending, Boolean descending) {
        if (ascending != null && descending != null) {
            return ascending.equals(descending) ? null : ascending;
        }
        return ascending != null ? ascending : descending != null ? !descending : null;
    }

    /** The full key a (possibly shortened) key stands for. */
    private static String canonicalKey(String key, Keys keys, String command) {
        String lower = key.toLowerCase(Locale.ROOT);
        String match = null;
        for (String name : keys.names) {
            if (!lower.isEmpty() && name.startsWith(lower)) {
                if (match != null) {
                    throw error(command, "DictionaryKeyAmbiguous", "The " + key + " key is ambiguous; " + match
                            + " and " + name + " conflict.");
                }
                match = name;
            }
        }
        if (match == null) {
            throw error(command, "DictionaryKeyIllegal", "The " + key + " key is not valid.");
        }
        return match.equals("name") ? "label" : match;
    }

    private static Alignment alignment(String value, String key, String command) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (Alignment a : new Alignment[] {Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT}) {
            if (!lower.isEmpty() && a.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                return a;
            }
        }
        throw error(command, "DictionaryKeyIllegalValue1", "The value \"" + value + "\" for key \"" + key
                + "\" is not valid; valid values are Left, Center, Right.");
    }

    static PoshException error(String command, String id, String message) {
        return new PoshException(new ErrorRecord(message, id + ",Microsoft.PowerShell.Commands."
                + command.replace("-", "") + "Command", ErrorCategory.InvalidArgument, null, command,
                "NotSupportedException", null), null);
    }
}
