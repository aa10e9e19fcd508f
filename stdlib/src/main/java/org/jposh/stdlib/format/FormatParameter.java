package org.jposh.stdlib.format;

import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptCallable;

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

    /** Which keys a command accepts in calculated properties. */
    public enum Keys {
        TABLE("name", "label", "expression", "width", "alignment", "formatstring"),
        LIST("name", "label", "expression", "formatstring"),
        GROUP_BY("name", "label", "expression", "formatstring"),
        WIDE("expression", "formatstring"),
        SELECT("name", "label", "expression"),
        SORT("expression", "ascending", "descending"),
        GROUP("expression");

        private final String[] names;

        Keys(String... names) {
            this.names = names;
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
        if (value instanceof ScriptCallable script) {
            return new FormatParameter(PropertyExpression.ofScript(script), null, 0, Alignment.UNDEFINED, null, null);
        } else if (value instanceof Map<?, ?> map) {
            return fromDictionary(map, keys, command);
        } else if (value == null) {
            throw error(command, "DictionaryKeyNullError",
                    "The value of a parameter was null; one of the following types was expected: "
                            + "{System.String, System.Management.Automation.ScriptBlock}.");
        }
        String name = LanguagePrimitives.toStringValue(value);
        if (name.isEmpty()) {
            throw error(command, "MshExEmptyStringError", "An empty string value is not allowed.");
        }
        return new FormatParameter(PropertyExpression.ofName(name), null, 0, Alignment.UNDEFINED, null, null);
    }

    private static FormatParameter fromDictionary(Map<?, ?> map, Keys keys, String command) {
        PropertyExpression expression = null;
        String label = null;
        int width = 0;
        Alignment alignment = Alignment.UNDEFINED;
        String formatString = null;
        Boolean ascending = null;
        Boolean descending = null;
        String[] seen = new String[keys.names.length];
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(PSObject.base(e.getKey()) instanceof String key)) {
                throw error(command, "DictionaryKeyNonStringError", "The " + LanguagePrimitives.toStringValue(
                        e.getKey()) + " key type is not valid. The key must be a string.");
            }
            String canonical = canonicalKey(key, keys, command);
            int slot = java.util.Arrays.asList(keys.names).indexOf(canonical);
            String other = canonical.equals("name") ? seen[indexOf(keys, "label")]
                    : canonical.equals("label") ? seen[indexOf(keys, "name")] : seen[slot];
            if (other != null) {
                throw error(command, "DictionaryKeyDuplicate", "The duplicated key \"" + key + "\" conflicts with \""
                        + other + "\".");
            }
            seen[slot] = key;
            Object value = PSObject.base(e.getValue());
            if (value == null) {
                throw error(command, "DictionaryKeyMissingValue", "The " + key + " key has no value.");
            }
            switch (canonical) {
                case "name", "label" -> label = LanguagePrimitives.toStringValue(value);
                case "expression" -> expression = value instanceof ScriptCallable script
                        ? PropertyExpression.ofScript(script)
                        : PropertyExpression.ofName(LanguagePrimitives.toStringValue(value));
                case "width" -> {
                    width = LanguagePrimitives.toInt(value);
                    if (width <= 0) {
                        throw error(command, "DictionaryKeyIllegalValue2", "The value \"" + width + "\" for key \""
                                + key + "\" should be greater than 0.");
                    }
                }
                case "alignment" -> alignment = alignment(LanguagePrimitives.toStringValue(value), key, command);
                case "ascending" -> ascending = LanguagePrimitives.isTrue(value);
                case "descending" -> descending = LanguagePrimitives.isTrue(value);
                default -> formatString = LanguagePrimitives.toStringValue(value);
            }
        }
        if (expression == null) {
            throw error(command, "DictionaryKeyMandatoryEntry", "A mandatory entry for expression is missing.");
        }
        return new FormatParameter(expression, label, width, alignment, formatString,
                direction(ascending, descending));
    }

    /** A key's direction: from Ascending or Descending, none when neither or both say the same. */
    private static Boolean direction(Boolean ascending, Boolean descending) {
        if (ascending != null && descending != null) {
            return ascending.equals(descending) ? null : ascending;
        }
        return ascending != null ? ascending : descending != null ? !descending : null;
    }

    private static int indexOf(Keys keys, String name) {
        return java.util.Arrays.asList(keys.names).indexOf(name);
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
        return match;
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
