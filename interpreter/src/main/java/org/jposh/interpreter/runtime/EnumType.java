package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** A value as its underlying type (a Byte, an Int32, a UInt64...): what value__ and casts to numbers see. */
    public Object underlyingValue(long value) {
        return underlyingType == CoreTypes.UINT64 ? UInt64.valueOf(value)
                : NumericConversion.convert(value, underlyingType);
    }

    /** The long an enum keeps for an integer: its value (Java's Byte holds .NET's unsigned byte), a ulong's bits. */
    public static long bits(Number integer) {
        return integer instanceof Byte b ? Byte.toUnsignedLong(b) : integer.longValue();
    }

    /** Enum.ToObject: a number cut to the underlying type's width, as .NET's unchecked conversion does. */
    public long truncate(long value) {
        if (underlyingType == CoreTypes.BYTE) {
            return value & 0xFF;
        } else if (underlyingType == CoreTypes.SBYTE) {
            return (byte) value;
        } else if (underlyingType == CoreTypes.INT16) {
            return (short) value;
        } else if (underlyingType == CoreTypes.UINT16) {
            return value & 0xFFFF;
        } else if (underlyingType == CoreTypes.INT32) {
            return (int) value;
        } else if (underlyingType == CoreTypes.UINT32) {
            return value & 0xFFFF_FFFFL;
        }
        return value;
    }

    /** Compares two values as the underlying type does (ulong ones unsigned). */
    public int compare(long a, long b) {
        return underlyingType == CoreTypes.UINT64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
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
        return format(value, flags);
    }

    /**
     * Enum.ToString(format): G the name (as ToString()), D the number, X the number in hexadecimal with the
     * underlying type's digits, F the names of the set bits even without [Flags].
     *
     * @throws DotNetException FormatException for another format
     */
    public String format(long value, String format) {
        return switch (format == null || format.isEmpty() ? "G" : format) {
            case "G", "g" -> format(value);
            case "D", "d" -> LanguagePrimitives.dotNetToString(underlyingValue(value));
            case "X", "x" -> {
                int digits = 2 * size();
                String hex = Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
                yield hex.length() > digits ? hex.substring(hex.length() - digits)
                        : "0".repeat(digits - hex.length()) + hex;
            }
            case "F", "f" -> format(value, true);
            default -> throw DotNetException.format(
                    "Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
        };
    }

    /** The underlying type's size in bytes. */
    private int size() {
        DotNetType u = underlyingType();
        return u == CoreTypes.BYTE || u == CoreTypes.SBYTE ? 1 : u == CoreTypes.INT16 || u == CoreTypes.UINT16 ? 2
                : u == CoreTypes.INT64 || u == CoreTypes.UINT64 ? 8 : 4;
    }

    private String format(long value, boolean asFlags) {
        for (int i = 0; i < names.length; i++) {
            if (values[i] == value) {
                return names[i];
            }
        }
        if (!asFlags || value == 0) {
            return LanguagePrimitives.dotNetToString(underlyingValue(value));
        }
        // As .NET: the largest values first, so a composite name (All) stands for its bits; listed by value.
        List<String> parts = new ArrayList<>();
        long rest = value;
        List<Integer> order = orderByValue();
        for (int k = order.size() - 1; k >= 0; k--) {
            int i = order.get(k);
            if (values[i] != 0 && (rest & values[i]) == values[i]) {
                parts.addFirst(names[i]);
                rest &= ~values[i];
            }
        }
        return rest == 0 ? String.join(", ", parts) : LanguagePrimitives.dotNetToString(underlyingValue(value));
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
            // the number's bits (a ulong's too), cut to the enum's width as Enum.ToObject does
            value = truncate(base instanceof EnumValue e ? e.value() : bits((Number) base));
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

    /** pwsh's special cases of EnumMinimumDisambiguation: names that win among the several a prefix matches. */
    private static final Map<String, List<String>> PREFERRED_PREFIXES = Map.of("System.IO.FileAttributes",
            List.of("Directory", "ReadOnly", "System"));

    private long disambiguate(String text, DotNetType type) {
        try {
            return valueOf(disambiguatedName(text, type));
        } catch (IllegalArgumentException e) {
            throw new PSInvalidCastException("SubstringDisambiguationEnumParseThrewAnException", "Cannot convert value \""
                    + text + "\" to type \"" + type + "\". Error: \"" + e.getMessage() + "\"");
        }
    }

    /**
     * pwsh's EnumMinimumDisambiguation: the one name a case-insensitive prefix stands for; among several, the one it
     * spells out, else the type's special case ({@code [IO.FileAttributes]'r'} is ReadOnly, not ReparsePoint).
     *
     * @throws IllegalArgumentException with pwsh's message when no name or several names match
     */
    public String disambiguatedName(String text, DotNetType type) {
        List<String> matches = new ArrayList<>();
        for (String name : names) {
            if (name.regionMatches(true, 0, text, 0, text.length())) {
                matches.add(name);
            }
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("Unable to match the identifier name " + text + " to a valid enumerator "
                    + "name. Specify one of the following enumerator names and try again:\n" + String.join(", ", names));
        } else if (matches.size() == 1) {
            return matches.getFirst();
        }
        for (String name : matches) {
            if (name.equalsIgnoreCase(text)) {
                return name;
            }
        }
        for (String name : PREFERRED_PREFIXES.getOrDefault(type.fullName(), List.of())) {
            if (name.regionMatches(true, 0, text, 0, text.length())) {
                return name;
            }
        }
        throw new IllegalArgumentException("The identifier name " + text + " cannot be processed because it is either "
                + "too similar or identical to the following enumerator names: " + String.join(", ", matches)
                + ". Use a more specific identifier name.");
    }

    private PSInvalidCastException undefined(String errorId, String text, DotNetType type) {
        return new PSInvalidCastException(errorId, "Cannot convert value \"" + text + "\" to type \"" + type
                + "\" due to enumeration values that are not valid. Specify one of the following enumeration values "
                + "and try again. The possible enumeration values are \"" + String.join(",", names) + "\".");
    }
}
