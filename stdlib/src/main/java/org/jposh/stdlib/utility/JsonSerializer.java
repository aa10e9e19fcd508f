package org.jposh.stdlib.utility;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DateTimeFormat;
import org.jposh.interpreter.runtime.DateTimeFormatInfo;
import org.jposh.interpreter.runtime.DateTimeOffset;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.NumberFormatInfo;
import org.jposh.interpreter.runtime.NumberFormatter;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.Uri;

/**
 * What ConvertTo-Json does with a value, in pwsh's two steps: first the value becomes a tree of
 * ordered maps, lists and JSON scalars (objects deeper than {@code -Depth} become their strings, with
 * one warning), then Jackson writes the tree as Newtonsoft.Json formats it (two-space indentation,
 * {@code "key": value}, {@code 1.0} for whole doubles, ISO dates, NaN and infinities as strings).
 */
public final class JsonSerializer {
    /** The warning pwsh writes once when objects are cut at the depth limit. */
    static final String MAX_DEPTH_WARNING = "Resulting JSON is truncated as serialization has exceeded the set depth of %d.";
    private static final String ISO_ROUND_TRIP = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK";
    /** Newtonsoft writes a DateTimeOffset's offset as +hh:mm, even when it is zero. */
    private static final String ISO_ROUND_TRIP_WITH_OFFSET = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz";
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private final int maxDepth;
    private final boolean enumsAsStrings;
    private final boolean compress;
    private final JsonEscapeHandling escapeHandling;
    private final Consumer<String> warnings;
    private boolean depthWarningWritten;

    /**
     * @param warnings receives the depth warning (WriteWarning)
     */
    public JsonSerializer(int maxDepth, boolean enumsAsStrings, boolean compress, JsonEscapeHandling escapeHandling,
                          Consumer<String> warnings) {
        this.maxDepth = maxDepth;
        this.enumsAsStrings = enumsAsStrings;
        this.compress = compress;
        this.escapeHandling = escapeHandling;
        this.warnings = warnings;
    }

    /**
     * The JSON text of a value.
     *
     * @throws PSRuntimeException NonStringKeyInDictionary for a dictionary with a key that is not a string
     */
    public String serialize(Object value) {
        Object tree = process(value, 0);
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setCharacterEscapes(new JsonCharacterEscapes(escapeHandling));
            if (escapeHandling == JsonEscapeHandling.EscapeNonAscii) {
                generator.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
            }
            if (!compress) {
                generator.setPrettyPrinter(newtonsoftIndented());
            }
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static DefaultPrettyPrinter newtonsoftIndented() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    // ---- step 1: the value as a tree (JsonObject.ProcessValue) ----

    private Object process(Object value, int depth) {
        if (LanguagePrimitives.isNull(value) || value == AutomationNull.VALUE) {
            return null;
        }
        PSObject pso = value instanceof PSObject p ? p : null;
        Object base = PSObject.base(value);
        Object result;
        if (isScalar(base)) {
            result = base;
        } else if (base instanceof EnumValue e) {
            result = enumsAsStrings ? e.toString() : e;
        } else if (depth > maxDepth) {
            if (!depthWarningWritten) {
                depthWarningWritten = true;
                warnings.accept(String.format(MAX_DEPTH_WARNING, maxDepth));
            }
            // A custom object is its own string (@{a=1}); other values their base object's.
            return LanguagePrimitives.toStringValue(pso != null && pso.isCustomObject() ? pso : base);
        } else if (base instanceof Map<?, ?> dictionary) {
            result = processDictionary(dictionary, depth);
        } else if (LanguagePrimitives.getEnumerable(base) instanceof Iterable<?> elements) {
            List<Object> list = new ArrayList<>();
            for (Object element : elements) {
                list.add(process(element, depth + 1));
            }
            result = list;
        } else {
            result = processAdaptedProperties(pso, base, depth);
        }
        return pso == null ? result : addInstanceProperties(pso, result, depth);
    }

    private static boolean isScalar(Object base) {
        return base instanceof String || base instanceof Character || base instanceof Boolean
                || base instanceof DateTime || base instanceof UUID || base instanceof Uri || base instanceof Number
                || base instanceof DateTimeOffset;
    }

    private Map<String, Object> processDictionary(Map<?, ?> dictionary, int depth) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : dictionary.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new CmdletException("NonStringKeyInDictionary", ErrorCategory.InvalidOperation,
                        "The type '" + DotNetType.of(dictionary).fullName()
                                + "' is not supported for serialization or deserialization of a dictionary. Keys must be strings.",
                        "InvalidOperationException");
            }
            result.put(name, process(entry.getValue(), depth + 1));
        }
        return result;
    }

    /** A .NET object that is neither scalar nor collection: its public properties (custom objects have none). */
    private Map<String, Object> processAdaptedProperties(PSObject pso, Object base, int depth) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (pso != null && pso.isCustomObject()) {
            return result;
        }
        for (PSProperty property : DotNetType.of(base).adapter().properties()) {
            result.put(property.name(), process(valueOrNull(property, base), depth + 1));
        }
        return result;
    }

    /**
     * The PSObject's own note, script and alias properties, added to the object's map or, for values
     * that are not maps, next to the value as {@code {"value": ..., "Name": ...}}. Strings and dates
     * never carry them.
     */
    private Object addInstanceProperties(PSObject pso, Object result, int depth) {
        Object base = pso.baseObject();
        if (base instanceof String || base instanceof DateTime) {
            return result;
        }
        List<PSPropertyInfo> properties = new ArrayList<>();
        for (PSMemberInfo member : pso.instanceMembers()) {
            if (member instanceof PSPropertyInfo property) {
                properties.add(property);
            }
        }
        if (properties.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = result instanceof Map<?, ?> ? (Map<String, Object>) result : null;
        if (map == null) {
            map = new LinkedHashMap<>();
            map.put("value", result);
        }
        for (PSPropertyInfo property : properties) {
            if (!map.containsKey(property.name())) {
                map.put(property.name(), process(valueOrNull(property, pso), depth + 1));
            }
        }
        return map;
    }

    /** A property's value; one whose getter fails is written as null, as pwsh does. */
    private static Object valueOrNull(PSPropertyInfo property, Object owner) {
        try {
            return property.getValue(owner);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- step 2: writing the tree ----

    private static void write(JsonGenerator g, Object node) throws IOException {
        if (node == null) {
            g.writeNull();
        } else if (node instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (node instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                write(g, element);
            }
            g.writeEndArray();
        } else if (node instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (node instanceof Double || node instanceof Float) {
            writeFloating(g, ((Number) node).doubleValue(), NumberFormatter.format(node, "R", NumberFormatInfo.INVARIANT));
        } else if (node instanceof BigDecimal d) {
            String text = d.toPlainString();
            g.writeNumber(text.indexOf('.') >= 0 ? text : text + ".0");
        } else if (node instanceof Byte b) {
            g.writeNumber(Byte.toUnsignedInt(b));
        } else if (node instanceof Number || node instanceof BigInteger) {
            g.writeNumber(node.toString());
        } else if (node instanceof EnumValue e) {
            g.writeNumber(e.value());
        } else if (node instanceof DateTime d) {
            g.writeString(DateTimeFormat.format(d, ISO_ROUND_TRIP, true));
        } else if (node instanceof DateTimeOffset d) {
            g.writeString(d.format(ISO_ROUND_TRIP_WITH_OFFSET, DateTimeFormatInfo.INVARIANT));
        } else if (node instanceof Uri uri) {
            g.writeString(uri.originalString());
        } else {
            g.writeString(node.toString());
        }
    }

    /** Newtonsoft writes doubles round-trippable with at least one decimal place, and NaN/infinities as strings. */
    private static void writeFloating(JsonGenerator g, double d, String text) throws IOException {
        if (Double.isNaN(d)) {
            g.writeString("NaN");
        } else if (Double.isInfinite(d)) {
            g.writeString(d > 0 ? "Infinity" : "-Infinity");
        } else if (text.indexOf('.') >= 0 || text.indexOf('E') >= 0) {
            g.writeNumber(text);
        } else {
            g.writeNumber(text + ".0");
        }
    }
}
