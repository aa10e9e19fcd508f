package org.jposh.stdlib.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jposh.interpreter.runtime.CompositeFormatter;
import org.jposh.interpreter.runtime.DictionaryEntry;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.TypeTable;

/**
 * The strings formatting shows for values, as pwsh's PSObjectHelper: collections as
 * {@code {a, b, c, d…}} (at most $FormatEnumerationLimit, 4, elements), floating-point numbers in
 * tables with two decimals, everything else as its string; and which values are scalars, shown by
 * their string alone rather than in a view.
 */
final class DisplayValues {
    /** $FormatEnumerationLimit's default. */
    static final int ENUMERATION_LIMIT = 4;

    /** pwsh's DefaultScalarTypes, the types shown by their string. */
    private static final Set<String> SCALAR_TYPES = Set.of(
            "System.String", "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32",
            "System.UInt32", "System.Int64", "System.UInt64", "System.Char", "System.Single", "System.Double",
            "System.Boolean", "System.Decimal", "System.IntPtr", "System.Security.SecureString",
            "System.Numerics.BigInteger");

    private static final String[] DISPLAY_NAME_PATTERNS = {"name", "id", "key", "*key", "*name", "*id"};

    private DisplayValues() {
    }

    /** Whether the value's exact type is one pwsh shows by its string (or an enum), which tables right-align. */
    static boolean isScalar(PSObject value) {
        List<String> typeNames = value.typeNames();
        if (typeNames.isEmpty()) {
            return false;
        }
        String first = typeNames.getFirst();
        if (first.startsWith("Deserialized.")) {
            first = first.substring("Deserialized.".length());
        }
        return SCALAR_TYPES.contains(first) || (typeNames.size() > 1 && "System.Enum".equals(typeNames.get(1)));
    }

    /** A field's string: the format string applied when given, else {@link #smartToString}. */
    static String formatField(Object value, String formatString, boolean isTable) {
        if (formatString != null && !formatString.isEmpty()) {
            try {
                Object base = PSObject.base(value);
                return formatString.contains("{0") || formatString.contains("}")
                        ? CompositeFormatter.format(formatString, new Object[] {value})
                        : CompositeFormatter.formatValue(base, formatString);
            } catch (PSRuntimeException e) {
                return "";
            }
        }
        return smartToString(value, isTable);
    }

    static String smartToString(Object value, boolean isTable) {
        if (value == null) {
            return "";
        }
        Iterable<?> elements = enumerable(value);
        if (elements != null) {
            StringBuilder sb = new StringBuilder("{");
            int count = 0;
            for (Object element : elements) {
                if (count == ENUMERATION_LIMIT) {
                    sb.append(TextLines.ELLIPSIS);
                    break;
                }
                if (count++ > 0) {
                    sb.append(", ");
                }
                sb.append(objectName(element));
            }
            return sb.append('}').toString();
        }
        Object base = PSObject.base(value);
        if (isTable && (base instanceof Double || base instanceof Float || base instanceof BigDecimal)) {
            return CompositeFormatter.formatValue(base, "F");
        }
        return LanguagePrimitives.toStringAsPSObject(value);
    }

    /** What formatting enumerates: collections and, unlike the pipeline, dictionaries (into their entries). */
    static Iterable<?> enumerable(Object value) {
        if (PSObject.base(value) instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e instanceof DictionaryEntry d ? d
                    : new DictionaryEntry(e.getKey(), e.getValue())).toList();
        }
        return LanguagePrimitives.getEnumerable(value);
    }

    /** An element of a collection shown in a field: its string, or its name when it has no string of its own. */
    private static String objectName(Object element) {
        if (element == null) {
            return "$null";
        }
        String text = LanguagePrimitives.toStringAsPSObject(element);
        Object base = PSObject.base(element);
        if (element instanceof PSObject || !text.equals(DotNetType.of(base).fullName())) {
            return text;
        }
        PSObject pso = PSObject.asPSObject(element);
        String name = displayName(pso);
        return name != null ? name : text;
    }

    /** The value of the object's Name, Id, Key, *Key, *Name or *Id property, or null (Format-Wide's default). */
    static String displayName(PSObject target) {
        PropertyExpression expression = displayNameExpression(target);
        return expression == null ? null : LanguagePrimitives.toStringValue(expression.getValue(target));
    }

    /** The DefaultDisplayProperty the object's type data names, else the first property a pattern above matches. */
    static PropertyExpression displayNameExpression(PSObject target) {
        String defaultProperty = TypeTable.defaultDisplayProperty(target.typeNames());
        if (defaultProperty != null) {
            return PropertyExpression.ofName(defaultProperty);
        }
        for (String pattern : DISPLAY_NAME_PATTERNS) {
            List<PropertyExpression> names = PropertyExpression.ofName(pattern).resolveNames(target);
            if (!names.isEmpty()) {
                return names.getFirst();
            }
        }
        return null;
    }
}
