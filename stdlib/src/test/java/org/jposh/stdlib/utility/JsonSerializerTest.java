package org.jposh.stdlib.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.TimeSpan;
import org.junit.jupiter.api.Test;

/** ConvertTo-Json's output, with the literal expectations of pwsh's ConvertTo-Json.Tests.ps1. */
class JsonSerializerTest {
    private final List<String> warnings = new ArrayList<>();

    private String compress(Object value) {
        return new JsonSerializer(2, false, true, JsonEscapeHandling.Default, warnings::add).serialize(value);
    }

    private String indented(Object value, int depth) {
        return new JsonSerializer(depth, false, false, JsonEscapeHandling.Default, warnings::add).serialize(value);
    }

    private static OrderedDictionary ordered(Object... keysAndValues) {
        OrderedDictionary d = new OrderedDictionary();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            d.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return d;
    }

    private static PSObject custom(Object... keysAndValues) {
        return PSObject.fromDictionary(ordered(keysAndValues));
    }

    @Test
    void scalars() {
        assertEquals("42", compress(42));
        assertEquals("-2147483648", compress(Integer.MIN_VALUE));
        assertEquals("9223372036854775807", compress(Long.MAX_VALUE));
        assertEquals("255", compress((byte) -1));
        assertEquals("3.14", compress(3.14f));
        assertEquals("3.14159", compress(3.14159));
        assertEquals("0.0", compress(0.0));
        assertEquals("1.0", compress(1.0));
        assertEquals("1E+20", compress(1e20));
        assertEquals("\"NaN\"", compress(Double.NaN));
        assertEquals("\"Infinity\"", compress(Double.POSITIVE_INFINITY));
        assertEquals("\"-Infinity\"", compress(Float.NEGATIVE_INFINITY));
        assertEquals("123.456", compress(new BigDecimal("123.456")));
        assertEquals("1.0", compress(BigDecimal.ONE));
        assertEquals("18446744073709551615", compress(new BigInteger("18446744073709551615")));
        assertEquals("true", compress(true));
        assertEquals("null", compress(null));
        assertEquals("\"x\"", compress('x'));
        assertEquals("\"12345678-1234-1234-1234-123456789abc\"",
                compress(UUID.fromString("12345678-1234-1234-1234-123456789abc")));
    }

    @Test
    void strings() {
        assertEquals("\"line1\\nline2\"", compress("line1\nline2"));
        assertEquals("\"col1\\tcol2\"", compress("col1\tcol2"));
        assertEquals("\"say \\\"hello\\\"\"", compress("say \"hello\""));
        assertEquals("\"c:\\\\path\"", compress("c:\\path"));
        assertEquals("\"\\u001f\\u0085\u00e9\"", compress("\u001f\u0085\u00e9"));
        assertEquals("\"'def'\"", compress("'def'"));
    }

    @Test
    void escapeHandling() {
        Hashtable h = new Hashtable();
        h.put("abc", "'def'");
        assertEquals("{\n  \"abc\": \"\\u0027def\\u0027\"\n}",
                new JsonSerializer(2, false, false, JsonEscapeHandling.EscapeHtml, warnings::add).serialize(h));
        assertEquals("{\n  \"abc\": \"'def'\"\n}", indented(h, 2));
        assertEquals("\"caf\\u00e9 <\"",
                new JsonSerializer(2, false, true, JsonEscapeHandling.EscapeNonAscii, warnings::add).serialize("caf\u00e9 <"));
    }

    @Test
    void dates() {
        LocalDateTime t = LocalDateTime.of(2024, 6, 15, 10, 30, 0);
        assertEquals("\"2024-06-15T10:30:00Z\"", compress(new DateTime(t, DateTime.Kind.Utc)));
        assertEquals("\"2024-06-15T10:30:00\"", compress(new DateTime(t, DateTime.Kind.Unspecified)));
        assertEquals("\"2024-06-15T10:30:00.5\"", compress(new DateTime(t.plusNanos(500_000_000), DateTime.Kind.Unspecified)));
    }

    @Test
    void enums() {
        EnumValue monday = new EnumValue(CoreTypes.DAY_OF_WEEK, 1);
        assertEquals("1", compress(monday));
        assertEquals("[1,3]", compress(new Object[] {monday, new EnumValue(CoreTypes.DAY_OF_WEEK, 3)}));
        assertEquals("\"Monday\"", new JsonSerializer(2, true, true, JsonEscapeHandling.Default, warnings::add)
                .serialize(monday));
    }

    @Test
    void collectionsAndObjects() {
        assertEquals("[1,null,2]", compress(new Object[] {1, null, 2}));
        assertEquals("[]", compress(new Object[0]));
        assertEquals("{\"prop\":null}", compress(custom("prop", null)));
        assertEquals("{\"a\":null,\"b\":null}", compress(ordered("a", null, "b", null)));
        assertEquals("{\"Positive\":18446744073709551615,\"Negative\":-18446744073709551615}",
                compress(ordered("Positive", new BigInteger("18446744073709551615"),
                        "Negative", new BigInteger("-18446744073709551615"))));
        assertEquals("[1,\"two\",true,3.14]", compress(new Object[] {1, "two", true, 3.14}));
    }

    @Test
    void indentation() {
        PSObject value = custom("a", 1, "b", new Object[] {1, 2}, "c", new Hashtable(), "d", new Object[0]);
        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": {},\n  \"d\": []\n}", indented(value, 2));
    }

    @Test
    void depthZeroWritesNestedObjectsAsStringsWithOneWarning() {
        Hashtable first = new Hashtable();
        first.put("Child1_1", 0);
        PSObject value = custom("FirstLevel1", first, "FirstLevel2", new Hashtable(), "Integer", 10, "Bool", false);
        assertEquals("{\n  \"FirstLevel1\": \"System.Collections.Hashtable\",\n"
                + "  \"FirstLevel2\": \"System.Collections.Hashtable\",\n  \"Integer\": 10,\n  \"Bool\": false\n}",
                indented(value, 0));
        assertEquals(List.of("Resulting JSON is truncated as serialization has exceeded the set depth of 0."), warnings);
    }

    @Test
    void customObjectsBeyondDepthBecomeTheirString() {
        PSObject inner = custom("x", 1);
        assertEquals("{\"a\":{\"b\":{\"c\":\"@{x=1}\"}}}", compress(custom("a", custom("b", custom("c", inner)))));
        assertEquals(1, warnings.size());
    }

    @Test
    void instancePropertiesOfWrappedValues() {
        PSObject number = new PSObject(42);
        number.setNoteProperty("MyProp", "test");
        assertEquals("{\"value\":42,\"MyProp\":\"test\"}", compress(number));
        PSObject text = new PSObject("hello");
        text.setNoteProperty("MyProp", "test");
        assertEquals("\"hello\"", compress(text));
        PSObject array = new PSObject(new Object[] {1, 2, 3});
        array.setNoteProperty("MyProp", "test");
        assertEquals("{\"value\":[1,2,3],\"MyProp\":\"test\"}", compress(array));
        Hashtable h = new Hashtable();
        h.put("a", 1);
        PSObject table = new PSObject(h);
        table.setNoteProperty("MyProp", "test");
        assertEquals("{\"a\":1,\"MyProp\":\"test\"}", compress(table));
    }

    @Test
    void adaptedPropertiesOfOtherObjects() {
        String json = compress(new TimeSpan(937840050000L));
        assertTrue(json.startsWith("{\"Days\":1,\"Hours\":2,") && json.contains("\"Ticks\":937840050000,")
                && json.contains("\"TotalMilliseconds\":93784005.0"), json);
    }

    @Test
    void nonStringKeysAreRefused() {
        Hashtable h = new Hashtable();
        h.put(1, "x");
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> compress(h));
        assertEquals("NonStringKeyInDictionary", e.errorId());
        assertEquals("The type 'System.Collections.Hashtable' is not supported for serialization or deserialization "
                + "of a dictionary. Keys must be strings.", e.getMessage());
    }
}
