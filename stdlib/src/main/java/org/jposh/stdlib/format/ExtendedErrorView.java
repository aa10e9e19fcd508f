package org.jposh.stdlib.format;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * The text of pwsh's GetErrorInstance view (what Get-Error shows), its {@code Show-ErrorRecord} script done in
 * Java: every property with a value, names aligned; exceptions, error records and invocation infos expanded
 * below their name, four spaces further in, down to ten levels; dictionaries as sorted key/value lines,
 * collections an element a line, stack traces left as they are, other values as text with their lines aligned.
 * An exception first shows its type's name as {@code Type}. Which values count as present follows the script's
 * own tests ({@code -ne $null -and -ne [string]::Empty -and .Count -gt 0}), with PowerShell's operators.
 */
final class ExtendedErrorView {
    private static final int MAX_DEPTH = 10;
    private static final String ELLIPSIS = "\u2026";
    private static final String NEWLINE = System.lineSeparator();
    private static final Set<String> EXPAND_TYPES = Set.of("Microsoft.Rest.HttpRequestMessageWrapper",
            "Microsoft.Rest.HttpResponseMessageWrapper", "System.Management.Automation.InvocationInfo");

    private ExtendedErrorView() {
    }

    static String render(PSObject error) {
        return show(error, 0, 1);
    }

    private record Property(String name, Object value, String typeNameOfValue) {
    }

    private static String show(Object value, int indent, int depth) {
        StringBuilder output = new StringBuilder();
        String prefix = " ".repeat(indent);
        List<Property> properties = properties(value);
        int nameLength = 0;
        for (Property property : properties) {
            if (isPresent(property.value()) && property.name().length() > nameLength) {
                nameLength = property.name().length();
            }
        }
        boolean added = false;
        for (Property property : properties) {
            Object propertyValue = property.value();
            if (!isPresent(propertyValue) || count(propertyValue) == 0 || property.name().equals("PSErrorIndex")) {
                continue;
            }
            added = true;
            output.append(prefix).append(property.name()).append(" ".repeat(nameLength - property.name().length()))
                    .append(" : ");
            appendValue(output, property, prefix, indent + 4, depth, nameLength);
            output.append(NEWLINE);
        }
        if (added) {
            output.setLength(output.length() - NEWLINE.length());
        }
        return output.toString();
    }

    private static void appendValue(StringBuilder output, Property property, String prefix, int newIndent, int depth,
                                    int nameLength) {
        Object value = property.value();
        Object base = PSObject.base(value);
        if (ExceptionTypes.isException(value) || base instanceof ErrorRecord
                || EXPAND_TYPES.contains(property.typeNameOfValue())) {
            output.append(depth >= MAX_DEPTH ? ELLIPSIS : NEWLINE + show(value, newIndent, depth + 1));
        } else if (property.name().equals("StackTrace")) {
            output.append(NEWLINE).append(LanguagePrimitives.toStringValue(value));
        } else if (base instanceof Map<?, ?> dictionary) {
            appendDictionary(output, dictionary, prefix);
        } else if (!(base instanceof String) && LanguagePrimitives.getEnumerable(value) != null
                && !property.name().equals("Data")) {
            appendElements(output, LanguagePrimitives.getEnumerable(value), prefix, newIndent, depth);
        } else if (base instanceof DotNetType type) {
            output.append('[').append(type).append(']');
        } else {
            appendText(output, LanguagePrimitives.toStringValue(value), prefix, nameLength);
        }
    }

    /** Keys in order, each on a line of its own, four spaces in; an Authorization header's value hidden. */
    private static void appendDictionary(StringBuilder output, Map<?, ?> dictionary, String prefix) {
        List<Object> keys = new ArrayList<>(dictionary.keySet());
        keys.sort((a, b) -> LanguagePrimitives.toStringValue(a).compareToIgnoreCase(LanguagePrimitives.toStringValue(b)));
        boolean first = true;
        for (Object key : keys) {
            if (first) {
                output.append(NEWLINE);
            }
            String name = LanguagePrimitives.toStringValue(key);
            String shown = name.equals("Authorization") ? ELLIPSIS
                    : LanguagePrimitives.toStringValue(dictionary.get(key));
            output.append(prefix).append("    ").append(name).append(" : ").append(shown).append(NEWLINE);
            first = false;
        }
    }

    private static void appendElements(StringBuilder output, Iterable<?> elements, String prefix, int newIndent,
                                       int depth) {
        if (depth >= MAX_DEPTH) {
            output.append(ELLIPSIS);
            return;
        }
        boolean first = true;
        String valueIndent = " ".repeat(newIndent + 2);
        for (Object element : elements) {
            output.append(NEWLINE);
            Object base = PSObject.base(element);
            if (base instanceof DotNetType type) {
                output.append(prefix).append(valueIndent).append('[').append(type).append(']');
            } else if (base == null || base instanceof String || isPrimitive(base)) {
                output.append(prefix).append(valueIndent).append(LanguagePrimitives.toStringValue(base));
            } else {
                if (!first) {
                    output.append(NEWLINE);
                }
                output.append(show(element, newIndent, depth + 1));
            }
            first = false;
        }
    }

    /** A value's text; its further lines, trimmed, line up under the first. */
    private static void appendText(StringBuilder output, String text, String prefix, int nameLength) {
        if (!text.contains(NEWLINE)) {
            output.append(text);
            return;
        }
        String valueIndent = " ".repeat(nameLength + 3);
        boolean first = true;
        for (String line : text.split(NEWLINE, -1)) {
            if (!first) {
                output.append(NEWLINE).append(prefix).append(valueIndent);
            }
            output.append(line.strip());
            first = false;
        }
    }

    /** The object's properties as {@code $obj.PSObject.Properties} lists them, with an exception's Type first. */
    private static List<Property> properties(Object value) {
        PSObject so = PSObject.asPSObject(value);
        List<Property> properties = new ArrayList<>();
        if (ExceptionTypes.isException(value)) {
            properties.add(new Property("Type", DotNetType.of(so.baseObject()).fullName(), "System.String"));
        }
        for (PSPropertyInfo property : so.properties()) {
            // the base object's own properties read it; the PSObject's are read with it as $this
            Object owner = property instanceof PSProperty ? so.baseObject() : so;
            properties.add(new Property(property.name(), valueOf(property, owner), property.typeNameOfValue(owner)));
        }
        return properties;
    }

    private static Object valueOf(PSPropertyInfo property, Object owner) {
        try {
            return property.getValue(owner);
        } catch (PoshException | PSRuntimeException e) {
            return null;
        }
    }

    /** {@code $value -ne $null -and $value -ne [string]::Empty}, a collection filtered by each. */
    private static boolean isPresent(Object value) {
        Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            return value != null && !ComparisonOperators.equal(value, "", true);
        }
        List<Object> notNull = new ArrayList<>();
        List<Object> notEmpty = new ArrayList<>();
        for (Object element : elements) {
            if (element != null) {
                notNull.add(element);
            }
            if (element == null || !ComparisonOperators.equal(element, "", true)) {
                notEmpty.add(element);
            }
        }
        return LanguagePrimitives.isTrue(notNull.toArray()) && LanguagePrimitives.isTrue(notEmpty.toArray());
    }

    /** {@code $value.Count}: a collection's size, 1 for anything else. */
    private static int count(Object value) {
        Object base = PSObject.base(value);
        if (base instanceof Map<?, ?> map) {
            return map.size();
        }
        if (base instanceof Collection<?> collection) {
            return collection.size();
        }
        if (base != null && base.getClass().isArray()) {
            return Array.getLength(base);
        }
        return base == null ? 0 : 1;
    }

    private static boolean isPrimitive(Object value) {
        return value instanceof Number && !(value instanceof BigDecimal || value instanceof BigInteger)
                || value instanceof Boolean || value instanceof Character;
    }
}
