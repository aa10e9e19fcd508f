package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The names and values of a .NET enum, and PowerShell's conversions to it: names case-insensitive,
 * comma-separated lists OR-ed together, numbers, unique prefixes ({@code 'Mon'} for Monday); values
 * that are not defined are refused (for flags enums, bits no name covers).
 */
public final class EnumType {
    private final String[] names;
    private final long[] values;
    private final boolean flags;
    private final DotNetType underlyingType;

    /** An enum of {@code int}, the underlying type of the .NET enums JPosh defines. */
    public EnumType(boolean flags, String[] names, long[] values) {
        this(flags, names, values, CoreTypes.INT32);
    }

    /** @param underlyingType the integral type of the values ({@code enum E : byte}) */
    public EnumType(boolean flags, String[] names, long[] values, DotNetType underlyingType) {
        this.flags = flags;
        this.names = names;
        this.values = values;
        this.underlyingType = underlyingType;
    }

    /** The names in declaration order. */
    public List<String> names() {
        return List.of(names);
    }

    public boolean isFlags() {
        return flags;
    }

    public DotNetType underlyingType() {
        return underlyingType;
    }

    /** The value of the i-th name. */
    public long value(int i) {
        return values[i];
    }

    /** The indexes of the names ordered by value, as Enum.GetNames and GetValues list them (ties in declaration order). */
    public List<Integer> orderByValue() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compareUnsigned(values[a], values[b]));
        return order;
    }

    /** The value of a name (exact case first, then any case), or null. */
    public Long valueOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** Enum.ToString: the name, the names of the set flags ({@code IgnoreCase, Multiline}), or the number. */
    public String format(long value) {
        for (int i = 0; i < names.length; i++) {
            if (values[i] == value) {
                return names[i];
            }
        }
        if (!flags || value == 0) {
            return Long.toString(value);
        }
        List<String> parts = new ArrayList<>();
        long rest = value;
        for (int i = 0; i < names.length; i++) {
            if (values[i] != 0 && (rest & values[i]) == values[i]) {
                parts.add(names[i]);
                rest &= ~values[i];
            }
        }
        return rest == 0 ? String.join(", ", parts) : Long.toString(value);
    }

    public boolean isDefined(long value) {
        if (flags) {
            long all = 0;
            for (long v : values) {
                all |= v;
            }
            return (value & ~all) == 0;
        }
        for (long v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts a string, a number or a list of names to a value of the enum, as LanguagePrimitives does.
     *
     * @throws PSInvalidCastException with pwsh's error id and message
     */
    EnumValue convert(Object base, DotNetType type) {
        long value;
        if (base instanceof EnumValue e && e.dotNetType() == type) {
            return e;
        } else if (base instanceof String s) {
            value = parse(s, type);
        } else if (NumericConversion.isInteger(base) || base instanceof EnumValue) {
            value = base instanceof EnumValue e ? e.value() : ((Number) NumericConversion.convert(base,
                    CoreTypes.INT64)).longValue();
            if (!isDefined(value)) {
                throw undefined("UndefinedIntegerToEnum", LanguagePrimitives.toStringValue(base), type);
            }
        } else if (LanguagePrimitives.getEnumerable(base) != null) {
            StringBuilder joined = new StringBuilder();
            for (Object element : LanguagePrimitives.getEnumerable(base)) {
                joined.append(joined.isEmpty() ? "" : ",").append(convert(PSObject.base(element), type));
            }
            value = parse(joined.toString(), type);
        } else {
            throw LanguagePrimitives.invalidCast(base, type);
        }
        return new EnumValue(type, value);
    }

    private long parse(String text, DotNetType type) {
        long result = 0;
        boolean parsed = true;
        for (String part : text.split(",", -1)) {
            String name = part.strip();
            Long v = valueOf(name);
            if (v == null && !name.isEmpty() && (Character.isDigit(name.charAt(0)) || name.charAt(0) == '-'
                    || name.charAt(0) == '+')) {
                try {
                    v = Long.parseLong(name.startsWith("+") ? name.substring(1) : name);
                } catch (NumberFormatException e) {
                    v = null;
                }
            }
            if (v == null) {
                parsed = false;
                break;
            }
            result |= v;
        }
        if (!parsed) {
            result = disambiguate(text.strip(), type);
        }
        if (!isDefined(result)) {
            throw undefined("EnumParseUndefined", text, type);
        }
        return result;
    }

    /** EnumMinimumDisambiguation: a unique case-insensitive prefix of a name stands for it. */
    private long disambiguate(String text, DotNetType type) {
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].regionMatches(true, 0, text, 0, text.length())) {
                matches.add(i);
            }
        }
        String message;
        if (matches.size() == 1) {
            return values[matches.getFirst()];
        } else if (matches.isEmpty()) {
            message = "Unable to match the identifier name " + text
                    + " to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
                    + String.join(", ", names);
        } else {
            List<String> similar = new ArrayList<>();
            for (int i : matches) {
                similar.add(names[i]);
            }
            message = "The identifier name " + text + " cannot be processed because it is either too similar or "
                    + "identical to the following enumerator names: " + String.join(", ", similar)
                    + ". Use a more specific identifier name.";
        }
        throw new PSInvalidCastException("SubstringDisambiguationEnumParseThrewAnException", "Cannot convert value \""
                + text + "\" to type \"" + type + "\". Error: \"" + message + "\"");
    }

    private PSInvalidCastException undefined(String errorId, String text, DotNetType type) {
        return new PSInvalidCastException(errorId, "Cannot convert value \"" + text + "\" to type \"" + type
                + "\" due to enumeration values that are not valid. Specify one of the following enumeration values "
                + "and try again. The possible enumeration values are \"" + String.join(",", names) + "\".");
    }
}
