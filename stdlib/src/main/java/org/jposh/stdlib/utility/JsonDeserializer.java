package org.jposh.stdlib.utility;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * What ConvertFrom-Json makes of JSON text, as pwsh's Newtonsoft-based reader does: objects become
 * custom objects with note properties in order (or, with -AsHashtable, ordered case-sensitive
 * dictionaries), arrays object[], integers long (BigInteger beyond), other numbers double, and
 * strings in ISO 8601 date-time form DateTime (Z: Utc; an offset: converted to local time, Kind Local;
 * none: Unspecified). Comments are skipped; a repeated key keeps the last value.
 */
public final class JsonDeserializer {
    /** The error id of text that is not JSON (the cmdlet then tries its input lines joined). */
    static final String CONVERSION_FAILED = "System.ArgumentException";
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();
    /** Newtonsoft's DateTimeParser: a full date and time, optional fraction and zone. */
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}(?::?\\d{2})?)?\\s*");

    private final boolean asHashtable;
    private final int maxDepth;

    public JsonDeserializer(boolean asHashtable, int maxDepth) {
        this.asHashtable = asHashtable;
        this.maxDepth = maxDepth;
    }

    /**
     * The value of a JSON text; empty text is null.
     *
     * @throws PSRuntimeException ArgumentException (invalid JSON, too deep) or, for keys a custom object
     *         cannot hold, EmptyKeyInJsonString / KeysWithDifferentCasingInJsonString
     */
    public Object deserialize(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Object result = read(parser, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw conversionFailed("Additional text encountered after finished reading JSON content: "
                        + parser.getText() + ". " + location(parser));
            }
            return result;
        } catch (JsonProcessingException e) {
            throw conversionFailed(e.getOriginalMessage() + ". " + location(e.getProcessor() instanceof JsonParser p ? p : null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object read(JsonParser parser, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            if (depth + 1 > maxDepth) {
                throw conversionFailed("The reader's MaxDepth of " + maxDepth + " has been exceeded. " + location(parser));
            }
            return token == JsonToken.START_OBJECT ? readObject(parser, depth + 1) : readArray(parser, depth + 1);
        }
        return switch (token) {
            case VALUE_STRING -> stringValue(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private Object readArray(JsonParser parser, int depth) throws IOException {
        List<Object> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(read(parser, depth));
        }
        return elements.toArray();
    }

    private Object readObject(JsonParser parser, int depth) throws IOException {
        OrderedDictionary entries = new OrderedDictionary(false);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            Object value = read(parser, depth);
            // Newtonsoft keeps the last of repeated keys, in the last one's place.
            entries.remove(name);
            entries.put(name, value);
        }
        return asHashtable ? entries : toCustomObject(entries);
    }

    private static PSObject toCustomObject(OrderedDictionary entries) {
        PSObject result = PSObject.newCustomObject();
        for (var entry : entries.entrySet()) {
            String name = (String) entry.getKey();
            if (name.isEmpty()) {
                throw invalidOperation("EmptyKeyInJsonString", "The provided JSON includes a property whose name is an "
                        + "empty string, this is only supported using the -AsHashTable switch.");
            }
            PSMemberInfo existing = result.instanceMember(name);
            if (existing != null) {
                throw invalidOperation("KeysWithDifferentCasingInJsonString", "Cannot convert the JSON string because "
                        + "it contains keys with different casing. Please use the -AsHashTable switch instead. The key "
                        + "that was attempted to be added to the existing key '" + existing.name() + "' was '" + name + "'.");
            }
            result.setNoteProperty(name, entry.getValue());
        }
        return result;
    }

    /** A JSON string, or the DateTime it spells in ISO 8601 form. */
    static Object stringValue(String text) {
        Matcher m = ISO_DATE_TIME.matcher(text);
        if (!m.matches()) {
            return text;
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            if (m.group(7) != null) {
                String digits = (m.group(7) + "000000").substring(0, 7);
                local = local.plusNanos(Long.parseLong(digits) * 100);
            }
            String zone = m.group(8);
            if (zone == null) {
                return new DateTime(local, DateTime.Kind.Unspecified);
            } else if (zone.equals("Z")) {
                return new DateTime(local, DateTime.Kind.Utc);
            }
            String offset = zone.length() == 3 ? zone : zone.length() == 5
                    ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
            return new DateTime(local.atOffset(ZoneOffset.of(offset)).atZoneSameInstant(ZoneId.systemDefault())
                    .toLocalDateTime(), DateTime.Kind.Local);
        } catch (DateTimeException | NumberFormatException e) {
            return text;
        }
    }

    /** Newtonsoft's position suffix: {@code Path 'a.b[0]', line 1, position 12.} */
    private static String location(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        var where = parser.currentLocation();
        return "Path '" + path(parser.getParsingContext()) + "', line " + where.getLineNr() + ", position "
                + Math.max(0, where.getColumnNr() - 1) + ".";
    }

    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    /** The reader's errors reach the script as an ArgumentException escaping the cmdlet. */
    private static PSRuntimeException conversionFailed(String message) {
        return new CmdletException(CONVERSION_FAILED, ErrorCategory.NotSpecified,
                "Conversion from JSON failed with error: " + message, "ArgumentException");
    }

    private static PSRuntimeException invalidOperation(String errorId, String message) {
        return new CmdletException(errorId, ErrorCategory.InvalidOperation, message, "InvalidOperationException");
    }
}
