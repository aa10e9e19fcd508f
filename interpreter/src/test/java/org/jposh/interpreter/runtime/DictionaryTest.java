package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryTest {

    @Test
    void hashLiteralKeysIgnoreCaseAndKeepTheFirstSpelling() {
        Hashtable h = new Hashtable();
        h.put("Name", 1);
        h.put("NAME", 2);
        assertEquals(1, h.size());
        assertEquals(2, h.get("name"));
        assertEquals("Name", h.keySet().iterator().next());
    }

    @Test
    void nonStringKeysCompareAsDotNetDoes() {
        Hashtable h = new Hashtable();
        h.put(1, "int");
        h.put(1L, "long");
        assertEquals(2, h.size());
        assertEquals("int", h.get(1));
        assertNull(h.get("1"));
    }

    @Test
    void hashtableNewIsCaseSensitiveAndConversionsCopyCaseSensitively() {
        Hashtable h = (Hashtable) MemberAccess.invokeStaticMethod(CoreTypes.HASHTABLE, "new", new Object[0]);
        h.put("a", 1);
        assertNull(h.get("A"));
        Hashtable literal = new Hashtable();
        literal.put("Key", 1);
        Hashtable copy = (Hashtable) LanguagePrimitives.convertTo(new PSObject(orderedOf("Key", 1)), CoreTypes.HASHTABLE);
        assertFalse(copy.containsKey("key"));
        assertTrue(copy.containsKey("Key"));
    }

    @Test
    void addRefusesDuplicateAndNullKeys() {
        Hashtable h = new Hashtable();
        MemberAccess.invokeMethod(h, "Add", new Object[] {"a", 1});
        MethodInvocationException e = assertThrows(MethodInvocationException.class,
                () -> MemberAccess.invokeMethod(h, "Add", new Object[] {"A", 2}));
        assertEquals("Exception calling \"Add\" with \"2\" argument(s): \"Item has already been added. "
                + "Key in dictionary: 'a'  Key being added: 'A'\"", e.getMessage());
        assertEquals("ArgumentException", e.errorId());
        DotNetException nullKey = assertThrows(DotNetException.class, () -> h.put(null, 1));
        assertEquals("Value cannot be null. (Parameter 'key')", nullKey.getMessage());
    }

    @Test
    void orderedDictionariesKeepInsertionOrderAndIndexByPosition() {
        OrderedDictionary d = new OrderedDictionary();
        d.put("z", 1);
        d.put("a", 2);
        d.put("m", 3);
        assertEquals(List.of("z", "a", "m"), new ArrayList<>(d.keySet()));
        assertEquals(2, d.getAt(1));
        d.setAt(1, 20);
        assertEquals(20, d.get("A"));
        d.insert(0, "first", 0);
        assertEquals(List.of("first", "z", "a", "m"), new ArrayList<>(d.keySet()));
        d.removeAt(2);
        assertEquals(List.of("first", "z", "m"), new ArrayList<>(d.keySet()));
        DotNetException e = assertThrows(DotNetException.class, () -> d.getAt(5));
        assertEquals("System.ArgumentOutOfRangeException", e.typeName());
    }

    @Test
    void dictionaryMembersAreAvailableUnlessAKeyHidesThem() {
        Hashtable h = new Hashtable();
        h.put("a", 1);
        h.put("b", 2);
        assertEquals(2, MemberAccess.getMember(h, "Count"));
        assertEquals(1, MemberAccess.getMember(h, "A"));
        assertNull(MemberAccess.getMember(h, "missing"));
        h.put("Count", "key wins");
        assertEquals("key wins", MemberAccess.getMember(h, "count"));
        assertEquals(true, MemberAccess.invokeMethod(h, "ContainsKey", new Object[] {"B"}));
        MemberAccess.setMember(h, "c", 3);
        assertEquals(3, h.get("C"));
    }

    @Test
    void genericDictionariesConvertKeysAndValues() {
        DotNetType type = TypeResolver.resolve("System.Collections.Generic.Dictionary[string,int]");
        GenericDictionary d = (GenericDictionary) MemberAccess.invokeStaticMethod(type, "new", new Object[0]);
        d.put("one", "1");
        assertEquals(1, d.get("one"));
        assertNull(d.get("ONE"));
        PSReference value = new PSReference(null);
        assertEquals(true, MemberAccess.invokeMethod(d, "TryGetValue", new Object[] {"one", value}));
        assertEquals(1, value.getValue());
        assertEquals(false, MemberAccess.invokeMethod(d, "TryGetValue", new Object[] {"two", value}));
        assertEquals(0, value.getValue());
        PSInvalidCastException e = assertThrows(PSInvalidCastException.class, () -> d.put("x", "abc"));
        assertEquals("InvalidCastFromStringToInteger", e.errorId());
    }

    @Test
    void aHashtableCannotBecomeADictionaryBecauseItHasNoSettableProperties() {
        DotNetType type = TypeResolver.resolve("System.Collections.Generic.Dictionary[string,int]");
        Hashtable h = new Hashtable();
        h.put("a", 1);
        PSInvalidCastException e = assertThrows(PSInvalidCastException.class, () -> LanguagePrimitives.convertTo(h, type));
        assertEquals("ObjectCreationError", e.errorId());
        assertEquals("Cannot create object of type \"System.Collections.Generic.Dictionary`2[System.String,System.Int32]\". "
                + "The property 'a' was not found for the '" + type.fullName()
                + "' object. There is no settable property available.", e.getMessage());
    }

    @Test
    void enumeratingADictionaryYieldsEntriesWithKeyValueAndName() {
        Hashtable h = new Hashtable();
        h.put("k", "v");
        Object enumerator = MemberAccess.invokeMethod(h, "GetEnumerator", new Object[0]);
        Iterable<?> entries = LanguagePrimitives.getEnumerable(enumerator);
        Object entry = entries.iterator().next();
        assertInstanceOf(DictionaryEntry.class, entry);
        assertEquals("k", MemberAccess.getMember(entry, "Key"));
        assertEquals("k", MemberAccess.getMember(entry, "Name"));
        assertEquals("v", MemberAccess.getMember(entry, "Value"));
        assertNull(LanguagePrimitives.getEnumerable(h));
    }

    @Test
    void customObjectsComeFromOrderedDictionariesInOrder() {
        Object o = LanguagePrimitives.convertToPSCustomObject(orderedOf("b", 1, "a", 2));
        assertEquals("@{b=1; a=2}", LanguagePrimitives.toStringValue(o));
    }

    private static Map<Object, Object> orderedOf(Object... keysAndValues) {
        OrderedDictionary d = new OrderedDictionary();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            d.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return d;
    }
}
