package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.xml.XmlNode;

/**
 * PowerShell's value rules (LanguagePrimitives in pwsh): truthiness, conversion to string (culture
 * invariant, collections joined by $OFS), what is enumerable, and {@link #convertTo} — casts,
 * typed variables and parameter binding all convert through it, in pwsh's order: $null rules,
 * identity, bool, string, numbers (floating values round half to even), char, arrays element by
 * element, scalar to one-element array, collections, hashtables, parsing strings, and a dictionary of
 * property values to an object.
 */
public final class LanguagePrimitives {
    private static final MathContext G15 = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final MathContext G7 = new MathContext(7, RoundingMode.HALF_EVEN);

    /**
     * How well a value converts to a type; method overloads are chosen by it (higher is better). As in pwsh, a
     * string converts to char[] almost as well as to string, so {@code Write('{0}-{1}', 1, 2)} is ambiguous
     * between Write(string, object, object) and Write(char[], int, int).
     */
    public enum ConversionRank {
        None, ToString, Constructor, Parse, Language, NullToValue, NullToRef, NumericExplicit, NumericString,
        NumericImplicit, Assignable, StringToCharArray, Identity
    }

    private LanguagePrimitives() {
    }

    // ---- null ----

    public static boolean isNull(Object value) {
        return value == null || value == AutomationNull.VALUE;
    }

    /** AutomationNull (no output) becomes $null when stored: in variables, properties, array elements. */
    public static Object automationNullToNull(Object value) {
        return value == AutomationNull.VALUE ? null : value;
    }

    // ---- truthiness ----

    /**
     * {@code if ($x)}: $null, $false, 0, "", '\0' and empty collections are false; a one-element
     * collection is as true as its element (a nested collection by its count); any other object is true.
     */
    @TruffleBoundary
    public static boolean isTrue(Object value) {
        if (value == null || value == AutomationNull.VALUE) {
            return false;
        }
        Object base = PSObject.base(value);
        if (base instanceof Boolean b) {
            return b;
        } else if (base instanceof String s) {
            return !s.isEmpty();
        } else if (base instanceof Integer i) {
            return i != 0;
        } else if (NumericConversion.isNumeric(base)) {
            return isNonZero(base);
        } else if (base instanceof Character c) {
            return c != '\0';
        } else if (base instanceof EnumValue e) {
            return e.value() != 0;
        } else if (base instanceof Object[] array) {
            return listIsTrue(array.length, array.length == 1 ? array[0] : null);
        } else if (base instanceof List<?> list) {
            return listIsTrue(list.size(), list.size() == 1 ? list.get(0) : null);
        } else if (base instanceof SwitchParameter s) {
            return s.isPresent();
        }
        return true;
    }

    private static boolean listIsTrue(int count, Object single) {
        if (count != 1) {
            return count > 1;
        }
        Object element = PSObject.base(single);
        if (element instanceof Object[] nested) {
            return nested.length > 0;
        } else if (element instanceof List<?> nested) {
            return !nested.isEmpty();
        }
        return isTrue(single);
    }

    private static boolean isNonZero(Object number) {
        if (number instanceof BigDecimal d) {
            return d.signum() != 0;
        } else if (number instanceof BigInteger b) {
            return b.signum() != 0;
        } else if (number instanceof Double || number instanceof Float) {
            return ((Number) number).doubleValue() != 0;
        }
        return ((Number) number).longValue() != 0;
    }

    // ---- to string ----

    /** The string PowerShell makes of a value, with a single space between the elements of collections. */
    @TruffleBoundary
    public static String toStringValue(Object value) {
        return toString(value, " ", true);
    }

    /** The string PowerShell makes of a value, joining collections with {@code separator} (the value of $OFS). */
    @TruffleBoundary
    public static String toStringValue(Object value, String separator) {
        return toString(value, separator == null ? " " : separator, true);
    }

    /**
     * PSObject.ToString: numbers culture-invariant (doubles with 15 significant digits), collections
     * joined one level deep (nested collections show their type name), custom objects as
     * {@code @{a=1; b=2}}, a script ToString method if the object has one, a deserialized object's
     * received ToString text.
     */
    private static String toString(Object value, String separator, boolean recurse) {
        if (value == null || value == AutomationNull.VALUE) {
            return "";
        } else if (value instanceof String s) {
            return s;
        }
        if (value instanceof PSObject pso) {
            if (pso.extendedMember("ToString") instanceof PSScriptMethod toString) {
                Object result = toString.invoke(pso, new Object[0]);
                return isNull(result) ? "" : toString(result, separator, false);
            }
            if (pso.toStringFromDeserialization() != null) {
                return pso.toStringFromDeserialization();
            }
            if (pso.isCustomObject()) {
                return recurse ? customObjectString(pso, separator) : "";
            }
            value = pso.baseObject();
            String typeTable = typeTableToString(value);
            if (typeTable != null) {
                return typeTable;
            }
        }
        String primitive = primitiveToString(value);
        if (primitive != null) {
            return primitive;
        }
        if (recurse) {
            Iterable<?> elements = getEnumerable(value);
            if (elements != null) {
                return join(elements, separator);
            }
        }
        if (value instanceof DotNetType type) {
            return type.powerShellName();
        } else if (value instanceof Object[]) {
            return DotNetType.of(value).toString();
        } else if (ForeignObjects.isForeign(value)) {
            return ForeignObjects.toStringValue(value);
        }
        return value.toString();
    }

    private static String join(Iterable<?> elements, String separator) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object element : elements) {
            if (!first) {
                sb.append(separator);
            }
            first = false;
            String typeTable = typeTableToString(element);
            sb.append(typeTable != null ? typeTable : toString(element, separator, false));
        }
        return sb.toString();
    }

    /**
     * The string of a value wrapped in a PSObject, as formatting and the joining of collections make it: through
     * the type table's ToString where pwsh's types.ps1xml has one (an XML node's LocalName), which a bare value's
     * string does not use.
     */
    public static String toStringAsPSObject(Object value) {
        Object base = PSObject.base(value);
        String typeTable = typeTableToString(base);
        if (typeTable != null) {
            return typeTable;
        }
        String formattable = formattableToString(base);
        return formattable != null ? formattable : toStringValue(value);
    }

    /**
     * pwsh's PSObject.ToString for the formattable values it fast-tracks, with no format provider, so in the
     * current culture (unlike the invariant strings of conversion and expansion): dates as the culture writes
     * them, doubles to 15 significant digits and floats to 7, decimals; null for other values.
     */
    private static String formattableToString(Object base) {
        if (base instanceof Double) {
            return CompositeFormatter.formatValue(base, "G15");
        } else if (base instanceof Float) {
            return CompositeFormatter.formatValue(base, "G7");
        } else if (base instanceof DateTime || base instanceof DateTimeOffset || base instanceof BigDecimal) {
            return CompositeFormatter.formatValue(base, null);
        }
        return null;
    }

    private static String typeTableToString(Object base) {
        if (base instanceof DotNetType type) {
            // a type as a PSObject is its base object's ToString, the full name, where a bare type converts
            // to its accelerator: a table shows [int[]]'s BaseType as System.Array, "$([int[]].BaseType)" is array
            return type.toString();
        }
        return base instanceof XmlNode node ? node.localName() : null;
    }

    private static String customObjectString(PSObject pso, String separator) {
        StringBuilder sb = new StringBuilder("@{");
        boolean first = true;
        for (PSPropertyInfo property : pso.properties()) {
            if (!first) {
                sb.append("; ");
            }
            first = false;
            sb.append(property.name()).append('=');
            sb.append(property instanceof PSScriptProperty ? "System.Management.Automation.PSScriptProperty"
                    : toString(property.getValue(pso), separator, false));
        }
        return first ? "" : sb.append('}').toString();
    }

    /** Numbers, booleans, chars and dates as the invariant culture writes them; null for other values. */
    private static String primitiveToString(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger || NumericConversion.isSmallOrUnsigned(value)) {
            return value.toString();
        } else if (value instanceof Double d) {
            return formatDouble(d);
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Character c) {
            return String.valueOf(c);
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Byte b) {
            return Integer.toString(Byte.toUnsignedInt(b));
        } else if (value instanceof Float f) {
            return formatFloating(f, G7);
        } else if (value instanceof DateTime d) {
            return DateTimeFormat.format(d, null, true);
        }
        return null;
    }

    /** A double as .NET formats it with "G15", the precision PowerShell uses when it converts to string. */
    @TruffleBoundary
    public static String formatDouble(double d) {
        return formatFloating(d, G15);
    }

    private static String formatFloating(double d, MathContext precision) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        String shortest = NumberFormatter.shortestGeneralNotation(d, precision.getPrecision(), 'E');
        if (shortest != null) {
            return shortest;
        }
        BigDecimal rounded = new BigDecimal(d).round(precision).stripTrailingZeros();
        return NumberFormatter.generalNotation(rounded, precision.getPrecision(), 'E');
    }

    // ---- enumeration ----

    /**
     * The elements PowerShell enumerates a value into (pipelines, foreach, collection operators), or
     * null when the value is a scalar. Strings and dictionaries are scalars; iterators are enumerated.
     */
    @TruffleBoundary
    public static Iterable<?> getEnumerable(Object value) {
        // The common scalars first: each is one class comparison, where the tests below are interface
        // checks, slow in HotSpot's interpreter and C1, which run a short script
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Boolean) {
            return null;
        }
        Object base = PSObject.base(value);
        if (base instanceof Object[] array) {
            return Arrays.asList(array);
        } else if (base instanceof Iterable<?> iterable) {
            return iterable;
        } else if (base instanceof Iterator<?> iterator) {
            return () -> (Iterator<Object>) iterator;
        } else if (ForeignObjects.isForeign(base)) {
            return ForeignObjects.getEnumerable(base);
        } else if (base instanceof ScriptObject script) {
            return script.enumerable();
        }
        return null;
    }

    /**
     * Writes a value to a pipe as PowerShell does with statement output: collections are unrolled one
     * level, AutomationNull writes nothing, everything else (including $null) is one object.
     */
    @TruffleBoundary
    public static void writeEnumerated(Pipe pipe, Object value) {
        if (value == AutomationNull.VALUE) {
            return;
        }
        Iterable<?> elements = getEnumerable(value);
        if (elements == null) {
            pipe.write(value);
        } else {
            for (Object element : elements) {
                pipe.write(element);
            }
        }
    }

    // ---- numbers for arithmetic ----

    /**
     * The number a string stands for when arithmetic needs one; empty and blank strings are 0.
     *
     * @throws PSInvalidCastException when the string is not a number
     */
    @TruffleBoundary
    public static Object stringToNumber(String s) {
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return 0;
        }
        Object number = NumericConversion.parseLiteral(trimmed);
        if (number == null) {
            return NumericConversion.fromString(s, CoreTypes.INT32);
        }
        return number;
    }

    /** The value of a number literal as the grammar scanned it (the grammar gives sbyte and the unsigned types its own way). */
    public static Object literalNumber(Object scanned) {
        return NumericConversion.fromLiteral(scanned);
    }

    /**
     * The value as a number for arithmetic: numbers as they are (byte, sbyte, short and ushort as int, float
     * as double), booleans 0/1, $null 0, strings parsed.
     */
    @TruffleBoundary
    public static Object toNumber(Object value) {
        Object base = PSObject.base(value);
        if (base == null) {
            return 0;
        } else if (base instanceof Integer || base instanceof Long || base instanceof Double
                || base instanceof BigDecimal || base instanceof BigInteger) {
            return base;
        } else if (base instanceof Byte b) {
            return Byte.toUnsignedInt(b);
        } else if (base instanceof Short s) {
            return (int) s;
        } else if (base instanceof UInt32 || base instanceof UInt64) {
            return base;
        } else if (base instanceof SByte || base instanceof UInt16) {
            return ((Number) base).intValue();
        } else if (base instanceof Float f) {
            return (double) f;
        } else if (base instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (base instanceof Character c) {
            return (int) c;
        } else if (base instanceof String s) {
            return stringToNumber(s);
        } else if (base instanceof EnumValue e) {
            return e.dotNetType().enumType().underlyingValue(e.value());
        }
        throw invalidCast(base, CoreTypes.INT32);
    }

    /** {@code [int]$value}: doubles and decimals round half to even, as .NET's Convert does. */
    @TruffleBoundary
    public static int toInt(Object value) {
        return (Integer) convertTo(value, CoreTypes.INT32);
    }

    // ---- conversion ----

    /** {@code [T]$value} for the type a Java class stands for. */
    @TruffleBoundary
    public static Object convertTo(Object value, Class<?> type) {
        return convertTo(value, DotNetType.forJavaClass(type));
    }

    /**
     * The conversion to [string]: the value's string, but null for {@code [NullString]::Value}, whose
     * ToString() is null in .NET; that is how a script passes a null string to a [string] parameter.
     */
    public static String convertToString(Object value) {
        return PSObject.base(value) == NullString.VALUE ? null : toStringValue(value);
    }

    /**
     * Converts a value to a type as a cast does.
     *
     * @throws PSInvalidCastException with pwsh's error id and message when it cannot
     */
    @TruffleBoundary
    public static Object convertTo(Object value, DotNetType type) {
        if (type.holdsAsIs(value)) {
            return value;
        }
        if (value instanceof Integer i) {
            // the widenings of arithmetic and typed parameters ([long]$i, [double]$n), before the general conversion
            if (type == CoreTypes.INT64) {
                return (long) i;
            } else if (type == CoreTypes.DOUBLE) {
                return (double) i;
            }
        }
        if (type == CoreTypes.OBJECT) {
            return automationNullToNull(value);
        }
        if (type == CoreTypes.PS_OBJECT) {
            return isNull(value) ? null : PSObject.asPSObject(value);
        }
        if (type == CoreTypes.VOID) {
            return AutomationNull.VALUE;
        }
        Object base = PSObject.base(value);
        if (type.genericDefinition() == CoreTypes.NULLABLE) {
            return base == null ? null : convertTo(value, type.genericArgument(0));
        }
        if (base == null) {
            return convertNull(type);
        }
        if (base instanceof ScriptObject script && script.baseObject() != null && type.javaClass() != ScriptObject.class
                && type.isInstance(script.baseObject())) {
            // a script class deriving from a .NET type, as that type: the object the type's members act on
            return script.baseObject();
        }
        if (type.isInstance(base) && !(base instanceof PSCustomObject)) {
            return base;
        }
        if (type.conversion() != null) {
            return type.conversion().apply(value);
        }
        if (base instanceof ScriptBlock block && CoreTypes.isDelegate(type)) {
            return ScriptDelegate.of(block, type);
        }
        if (base instanceof ScriptDelegate delegate && delegate.isOf(type)) {
            return base;
        }
        if (type.enumType() != null) {
            return type.enumType().convert(base, type);
        }
        if (type == CoreTypes.BOOLEAN) {
            return isTrue(value);
        } else if (type == CoreTypes.STRING) {
            return convertToString(value);
        } else if (NumericConversion.isNumericType(type) || type == CoreTypes.CHAR) {
            return convertToNumeric(base, type);
        } else if (type.isArray()) {
            return convertToArray(value, base, type);
        } else if (type == CoreTypes.ARRAY) {
            Iterable<?> elements = getEnumerable(base);
            return elements == null ? new Object[] {base} : toObjectArray(elements);
        } else if (type == CoreTypes.PS_REFERENCE) {
            return new PSReference(value);
        } else if (type == CoreTypes.HASHTABLE && base instanceof Map<?, ?> map) {
            return Hashtable.copyOf(map, false);
        } else if (type.genericDefinition() == CoreTypes.LIST || type == CoreTypes.ARRAY_LIST) {
            return convertToList(base, type);
        } else if (base instanceof String s) {
            Object parsed = parse(s, type);
            if (parsed != null) {
                return parsed;
            }
        } else if (base instanceof Map<?, ?> map) {
            return convertDictionaryToObject(map, type);
        }
        return convertByConstructor(base, type);
    }

    /** {@code [pscustomobject]$value}: dictionaries become custom objects; anything else is wrapped as a PSObject. */
    @TruffleBoundary
    public static Object convertToPSCustomObject(Object value) {
        Object base = PSObject.base(value);
        if (base instanceof Map<?, ?> map) {
            return PSObject.fromDictionary(map);
        }
        return convertTo(value, CoreTypes.PS_OBJECT);
    }

    private static Object convertNull(DotNetType type) {
        if (type == CoreTypes.STRING) {
            return "";
        } else if (type == CoreTypes.BOOLEAN) {
            return false;
        } else if (type == CoreTypes.CHAR) {
            return '\0';
        } else if (NumericConversion.isNumericType(type)) {
            return NumericConversion.convert(0, type);
        } else if (type == CoreTypes.PS_REFERENCE) {
            return new PSReference(null);
        } else if (type == CoreTypes.SWITCH_PARAMETER) {
            return SwitchParameter.NOT_PRESENT;
        } else if (!type.isValueType()) {
            return null;
        }
        throw new PSInvalidCastException("nullToObjectInvalidCast", "Cannot convert null to type \"" + type + "\".");
    }

    private static Object convertToNumeric(Object base, DotNetType type) {
        if (base instanceof String s) {
            if (type == CoreTypes.CHAR) {
                if (s.length() == 1) {
                    return s.charAt(0);
                }
                throw new PSInvalidCastException("InvalidCastParseTargetInvocation", "Cannot convert value \"" + s
                        + "\" to type \"System.Char\". Error: \"String must be exactly one character long.\"");
            }
            return NumericConversion.fromString(s, type);
        }
        Object number = base instanceof EnumValue e ? e.dotNetType().enumType().underlyingValue(e.value()) : base;
        if (NumericConversion.isNumeric(number) || number instanceof Boolean || number instanceof Character) {
            try {
                return NumericConversion.convert(number, type);
            } catch (DotNetException e) {
                throw new PSInvalidCastException("InvalidCastIConvertible", "Cannot convert value \""
                        + dotNetToString(base) + "\" to type \"" + type + "\". Error: \"" + e.getMessage() + "\"");
            }
        }
        if (base instanceof Object[] || base instanceof List<?>) {
            throw invalidCast(base, type);
        }
        return convertByConstructor(base, type);
    }

    private static Object convertToArray(Object value, Object base, DotNetType type) {
        DotNetType elementType = type.elementType();
        if (base instanceof String s && elementType == CoreTypes.CHAR) {
            Character[] chars = new Character[s.length()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = s.charAt(i);
            }
            return chars;
        }
        if (base instanceof Object[] array) {
            Object[] result = newArray(elementType, array.length);
            for (int i = 0; i < array.length; i++) {
                result[i] = convertTo(array[i], elementType);
            }
            return result;
        }
        Iterable<?> elements = getEnumerable(base);
        if (elements != null) {
            List<Object> converted = new java.util.ArrayList<>();
            try {
                for (Object element : elements) {
                    converted.add(convertTo(element, elementType));
                }
            } catch (PSInvalidCastException e) {
                throw new PSInvalidCastException("InvalidCastExceptionEnumerableToArray", "Cannot convert value \""
                        + dotNetToString(base) + "\" to type \"" + type + "\". Error: \"" + e.getMessage() + "\"");
            }
            return converted.toArray(newArray(elementType, converted.size()));
        }
        Object[] result = newArray(elementType, 1);
        try {
            result[0] = convertTo(value, elementType);
        } catch (PSInvalidCastException e) {
            throw new PSInvalidCastException("InvalidCastExceptionScalarToArray", "Cannot convert value \""
                    + dotNetToString(base) + "\" to type \"" + type + "\". Error: \"" + e.getMessage() + "\"");
        }
        return result;
    }

    /** A new Java array for elements of a .NET type ({@code [int[]]} is Integer[]). */
    public static Object[] newArray(DotNetType elementType, int length) {
        Class<?> component = elementType.javaClass();
        if (component == null || component.isPrimitive() || component == Void.class) {
            component = Object.class;
        }
        return (Object[]) Array.newInstance(component, length);
    }

    /** The elements of a collection or other enumerable as an object[]. */
    static Object[] toObjectArray(Iterable<?> elements) {
        if (elements instanceof Collection<?> collection) {
            return collection.toArray();
        }
        List<Object> list = new java.util.ArrayList<>();
        elements.forEach(list::add);
        return list.toArray();
    }

    private static Object convertToList(Object base, DotNetType type) {
        Iterable<?> elements = getEnumerable(base);
        if (type == CoreTypes.ARRAY_LIST) {
            if (elements == null) {
                throw invalidCast(base, type);
            }
            ArrayList list = new ArrayList();
            elements.forEach(list::add);
            return list;
        }
        GenericList list = new GenericList(type);
        try {
            if (elements == null) {
                list.add(base);
            } else {
                for (Object element : elements) {
                    list.add(element);
                }
            }
        } catch (PSInvalidCastException e) {
            throw invalidCast(base, type);
        }
        return list;
    }

    /**
     * Strings to regexes, types, dates, time spans and GUIDs, as their Parse methods or constructors do; to any
     * other class with a static Parse(string) (IPAddress), through it, as pwsh's ConvertViaParse.
     */
    private static Object parse(String s, DotNetType type) {
        try {
            if (type == CoreTypes.REGEX) {
                return new Regex(s, 0);
            } else if (type == CoreTypes.RUNTIME_TYPE || type == CoreTypes.TYPE) {
                DotNetType resolved = TypeResolver.tryResolve(s, List.of());
                if (resolved == null) {
                    throw new PSInvalidCastException("InvalidCastFromStringToType", "Cannot convert the \"" + s
                            + "\" value of type \"System.String\" to type \"System.Type\".");
                }
                return resolved;
            } else if (type == CoreTypes.DATE_TIME) {
                return DateTime.parse(s);
            } else if (type == CoreTypes.TIME_SPAN) {
                return TimeSpan.parse(s);
            } else if (type == CoreTypes.GUID) {
                return GuidMembers.parse(s);
            } else if (type == Uri.TYPE) {
                return Uri.fromString(s);
            }
        } catch (DotNetException e) {
            String errorId = type == CoreTypes.REGEX ? "InvalidCastFromStringToRegex"
                    : type == Uri.TYPE ? "InvalidCastFromStringToUri"
                    : "InvalidCastParseTargetInvocationWithFormatProvider";
            throw new PSInvalidCastException(errorId, "Cannot convert value \"" + s + "\" to type \"" + type
                    + "\". Error: \"" + e.getMessage() + "\"");
        }
        return type.isValueType() || type == CoreTypes.STRING ? null : parseByMethod(s, type);
    }

    /** A class's static Parse(string), when it has one; null otherwise. */
    private static Object parseByMethod(String s, DotNetType type) {
        PSMethod parse = type.adapter().staticMethod("Parse");
        if (parse == null) {
            return null;
        }
        for (MethodOverload overload : parse.overloads()) {
            if (overload.parameters().length == 1 && overload.parameters()[0].type() == CoreTypes.STRING) {
                try {
                    return overload.invoker().invoke(null, new Object[] {s});
                } catch (DotNetException e) {
                    throw new PSInvalidCastException("InvalidCastParseTargetInvocation", "Cannot convert value \""
                            + s + "\" to type \"" + type + "\". Error: \"" + e.getMessage() + "\"");
                }
            }
        }
        return null;
    }

    /**
     * {@code [T]@{Name = ...}}: T's no-argument constructor, then each key set as a property.
     *
     * @throws PSInvalidCastException ObjectCreationError when a key is not a settable property
     */
    private static Object convertDictionaryToObject(Map<?, ?> map, DotNetType type) {
        PSMethod constructor = type.adapter().staticMethod("new");
        boolean hasNoArgumentConstructor = constructor != null
                && constructor.overloads().stream().anyMatch(o -> o.parameters().length == 0);
        if (!hasNoArgumentConstructor) {
            return convertByConstructor(map, type);
        }
        Object result = constructor.invoke(null, new Object[0]);
        TypeAdapter adapter = type.adapter();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = toStringValue(e.getKey());
            PSProperty property = adapter.property(name);
            if (property == null || !property.isSettable()) {
                throw new PSInvalidCastException("ObjectCreationError", "Cannot create object of type \"" + type
                        + "\". " + propertyNotFound(name, type));
            }
            try {
                property.setValue(result, e.getValue());
            } catch (PSRuntimeException ex) {
                throw new PSInvalidCastException("ObjectCreationError", "Cannot create object of type \"" + type
                        + "\". " + ex.getMessage());
            }
        }
        return result;
    }

    private static String propertyNotFound(String name, DotNetType type) {
        StringBuilder settable = new StringBuilder();
        for (PSProperty p : type.adapter().properties()) {
            if (p.isSettable()) {
                settable.append(settable.isEmpty() ? "" : ", ").append('[').append(p.name()).append(" <")
                        .append(p.type().fullName()).append(">]");
            }
        }
        return settable.isEmpty()
                ? "The property '" + name + "' was not found for the '" + type.fullName()
                        + "' object. There is no settable property available."
                : "The property '" + name + "' was not found for the '" + type.fullName()
                        + "' object. The settable properties are: " + settable + ".";
    }

    /**
     * A one-argument constructor of the target taking the value, as .NET's GetConstructor finds it for pwsh's
     * ConvertViaConstructor: of the value's type, else of a primitive type it widens to ({@code [timespan]0} is
     * TimeSpan(long ticks)), though never a collection's from an integer (its capacity, no conversion); otherwise
     * the final cast error.
     */
    private static Object convertByConstructor(Object base, DotNetType type) {
        PSMethod constructor = type.adapter().staticMethod("new");
        if (constructor != null) {
            DotNetType valueType = DotNetType.of(base);
            MethodOverload widening = null;
            for (MethodOverload overload : constructor.overloads()) {
                if (overload.parameters().length != 1) {
                    continue;
                }
                DotNetType parameter = overload.parameters()[0].type();
                if (parameter == valueType) {
                    return construct(overload, base, type);
                } else if (widening == null && NumericConversion.isWidening(valueType, parameter)
                        && parameter != CoreTypes.DECIMAL && parameter != CoreTypes.BIG_INTEGER
                        && !(type.javaClass() != null && java.util.Collection.class.isAssignableFrom(type.javaClass()))) {
                    widening = overload;
                }
            }
            if (widening != null) {
                return construct(widening, convertTo(base, widening.parameters()[0].type()), type);
            }
        }
        throw invalidCast(base, type);
    }

    private static Object construct(MethodOverload overload, Object argument, DotNetType type) {
        try {
            return overload.invoker().invoke(null, new Object[] {argument});
        } catch (DotNetException e) {
            throw new PSInvalidCastException("InvalidCastConstructorTargetInvocationException",
                    "Cannot convert value \"" + dotNetToString(argument) + "\" to type \"" + type
                            + "\". Error: \"" + e.getMessage() + "\"");
        }
    }

    /** ConvertToFinalInvalidCastException: {@code Cannot convert the "x" value of type "T1" to type "T2".} */
    public static PSInvalidCastException invalidCast(Object value, DotNetType type) {
        Object base = PSObject.base(value);
        if (base == null) {
            return new PSInvalidCastException("nullToObjectInvalidCast", "Cannot convert null to type \"" + type + "\".");
        }
        return new PSInvalidCastException("ConvertToFinalInvalidCastException", "Cannot convert the \""
                + dotNetToString(value) + "\" value of type \"" + typeNameString(value) + "\" to type \"" + type + "\".");
    }

    /** The first type name of a value: a PSObject's own names count (ObjectToTypeNameString). */
    public static String typeNameString(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof PSObject pso) {
            return pso.typeNames().isEmpty() ? "System.Management.Automation.PSObject" : pso.typeNames().getFirst();
        }
        return DotNetType.of(value).toString();
    }

    /** Object.ToString() as .NET would answer it, which error messages quote (doubles round-trip, dates en-US). */
    @TruffleBoundary
    public static String dotNetToString(Object value) {
        if (value instanceof PSObject pso) {
            return pso.isCustomObject() ? toStringValue(pso) : dotNetToString(pso.baseObject());
        }
        if (value instanceof Object[] || value instanceof List<?>) {
            return value instanceof Object[] ? DotNetType.of(value).toString() : value.toString();
        }
        return CompositeFormatter.formatValue(value, null);
    }

    /** How well a value converts to a type, for choosing among method overloads (by the value's type, as pwsh). */
    @TruffleBoundary
    public static ConversionRank conversionRank(Object value, DotNetType type) {
        Object base = PSObject.base(value);
        if (base == null) {
            if (!type.isValueType()) {
                return ConversionRank.NullToRef;
            }
            return NumericConversion.isNumericType(type) || type == CoreTypes.BOOLEAN || type == CoreTypes.CHAR
                    ? ConversionRank.NullToValue : ConversionRank.None;
        }
        return typeConversionRank(DotNetType.of(base), type);
    }

    /** How well values of one type convert to another (pwsh's GetConversionRank, in JPosh's terms). */
    @TruffleBoundary
    public static ConversionRank typeConversionRank(DotNetType from, DotNetType type) {
        if (from == type) {
            return ConversionRank.Identity;
        } else if (type.isAssignableFrom(from)) {
            return ConversionRank.Assignable;
        }
        boolean fromNumeric = NumericConversion.isNumericType(from) || from == CoreTypes.CHAR
                || from == CoreTypes.BOOLEAN;
        boolean toNumeric = NumericConversion.isNumericType(type) || type == CoreTypes.CHAR;
        if (fromNumeric && toNumeric) {
            return NumericConversion.isWidening(from, type) ? ConversionRank.NumericImplicit
                    : ConversionRank.NumericExplicit;
        } else if (from == CoreTypes.STRING && toNumeric) {
            return ConversionRank.NumericString;
        } else if (from == CoreTypes.STRING && type.isArray() && type.elementType() == CoreTypes.CHAR) {
            return ConversionRank.StringToCharArray;
        } else if (type == CoreTypes.BOOLEAN || type.isArray() || type == CoreTypes.PS_REFERENCE
                || type == CoreTypes.ARRAY) {
            return ConversionRank.Language;
        } else if (type.enumType() != null && (from == CoreTypes.STRING || fromNumeric)) {
            return ConversionRank.Parse;
        } else if (type == CoreTypes.STRING) {
            return ConversionRank.ToString;
        }
        return ConversionRank.Constructor;
    }
}
