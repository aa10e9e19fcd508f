package org.jposh.stdlib.utility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.junit.jupiter.api.Test;

/** ConvertFrom-Json's values, with expectations from pwsh's ConvertFrom-Json.Tests.ps1. */
class JsonDeserializerTest {
    private static Object read(String json) {
        return new JsonDeserializer(false, 1024).deserialize(json);
    }

    private static List<String> names(PSObject pso) {
        return pso.instanceMembers().stream().map(PSMemberInfo::name).toList();
    }

    @Test
    void objectsBecomeCustomObjectsWithPropertiesInOrder() {
        PSObject result = (PSObject) read("{\"b\":1,\"a\":\"x\",\"c\":[1,2],\"d\":{\"e\":null}}");
        assertTrue(result.isCustomObject());
        assertEquals(List.of("b", "a", "c", "d"), names(result));
        assertEquals(1L, ((PSNoteProperty) result.instanceMember("b")).value());
        assertArrayEquals(new Object[] {1L, 2L}, (Object[]) ((PSNoteProperty) result.instanceMember("c")).value());
        PSObject d = (PSObject) ((PSNoteProperty) result.instanceMember("d")).value();
        assertNull(((PSNoteProperty) d.instanceMember("e")).value());
    }

    @Test
    void numbers() {
        assertEquals(1L, read("1"));
        assertEquals(1.0, read("1.0"));
        assertEquals(100000.0, read("1e5"));
        assertEquals(new BigInteger("123456789012345678901234567890"), read("123456789012345678901234567890"));
        assertEquals(Boolean.TRUE, read("true"));
        assertNull(read("null"));
        assertNull(read(""));
    }

    @Test
    void asHashtableKeepsOrderAndCase() {
        OrderedDictionary result = (OrderedDictionary) new JsonDeserializer(true, 1024).deserialize(
                "{\"a\":1,\"A\":2,\"\":3}");
        assertEquals(List.of("a", "A", ""), List.copyOf(result.keySet()));
    }

    @Test
    void repeatedKeysKeepTheLastValueInTheLastPlace() {
        PSObject result = (PSObject) read("{\"a\":1,\"b\":2,\"a\":3}");
        assertEquals(List.of("b", "a"), names(result));
        assertEquals(3L, ((PSNoteProperty) result.instanceMember("a")).value());
    }

    @Test
    void keysACustomObjectCannotHold() {
        PSRuntimeException casing = assertThrows(PSRuntimeException.class, () -> read("{\"a\":1,\"A\":2}"));
        assertEquals("KeysWithDifferentCasingInJsonString", casing.errorId());
        PSRuntimeException empty = assertThrows(PSRuntimeException.class, () -> read("{\"\":1}"));
        assertEquals("EmptyKeyInJsonString", empty.errorId());
        assertEquals("The provided JSON includes a property whose name is an empty string, this is only supported "
                + "using the -AsHashTable switch.", empty.getMessage());
    }

    @Test
    void commentsAreSkipped() {
        assertArrayEquals(new Object[] {100L, 200L}, (Object[]) read("[\n// comment\n100, /* x */ 200\n]"));
    }

    @Test
    void invalidJsonIsAnArgumentException() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> read("[1,"));
        assertEquals("System.ArgumentException", e.errorId());
        assertTrue(e.getMessage().startsWith("Conversion from JSON failed with error: "), e.getMessage());
        assertEquals("ArgumentException", e.exceptionTypeName());
        assertThrows(PSRuntimeException.class, () -> read("1 2"));
    }

    @Test
    void depthLimit() {
        assertArrayEquals(new Object[] {new Object[] {1L}}, (Object[]) new JsonDeserializer(false, 2).deserialize("[[1]]"));
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> new JsonDeserializer(false, 2).deserialize("[[[1]]]"));
        assertTrue(e.getMessage().contains("The reader's MaxDepth of 2 has been exceeded."), e.getMessage());
    }

    @Test
    void isoDatesBecomeDateTimes() {
        DateTime utc = (DateTime) read("\"1970-01-01T00:00:00.0000000Z\"");
        assertEquals(DateTime.Kind.Utc, utc.kind());
        assertEquals(LocalDateTime.of(1970, 1, 1, 0, 0), utc.value());
        DateTime unspecified = (DateTime) read("\"1970-01-01T00:00:00\"");
        assertEquals(DateTime.Kind.Unspecified, unspecified.kind());
        DateTime local = (DateTime) read("\"2022-11-02T12:01:44.5801388+04:00\"");
        assertEquals(DateTime.Kind.Local, local.kind());
        LocalDateTime expected = OffsetDateTime.of(2022, 11, 2, 12, 1, 44, 580138800, ZoneOffset.ofHours(4))
                .atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        assertEquals(expected, local.value());
        assertInstanceOf(String.class, read("\"2022-11-02\""));
        assertInstanceOf(String.class, read("\"2022-13-02T00:00:00\""));
    }
}
