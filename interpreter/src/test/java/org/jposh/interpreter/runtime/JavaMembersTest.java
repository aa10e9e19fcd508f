package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plain Java classes by full name, their members under Java names, and the cached overload choice. */
class JavaMembersTest {

    private static Object callStatic(String type, String method, Object... args) {
        return MemberAccess.invokeStaticMethod(TypeResolver.resolve(type), method, args);
    }

    private static Object call(Object target, String method, Object... args) {
        return MemberAccess.invokeMethod(target, method, args);
    }

    @Test
    void javaClassesResolveByExactFullNameOnly() {
        assertEquals("java.time.LocalDate", TypeResolver.resolve("java.time.LocalDate").fullName());
        assertSame(CoreTypes.GUID, TypeResolver.resolve("java.util.UUID"));
        assertNull(TypeResolver.tryResolve("java.time.localdate", List.of()));
        assertNull(TypeResolver.tryResolve("java.util.NoSuchClass", List.of()));
        assertNull(TypeResolver.tryResolve("jdk.internal.misc.Unsafe", List.of()), "not exported");
    }

    @Test
    void staticAndInstanceMethodsAndConstructorsUseJavaNames() {
        Object date = callStatic("java.time.LocalDate", "of", 2024, 1, 30);
        assertEquals(LocalDate.of(2024, 2, 2), call(date, "plusDays", 3));
        Object list = callStatic("java.util.ArrayList", "new");
        assertEquals(true, call(list, "add", "x"));
        assertEquals(1, call(list, "size"));
        assertInstanceOf(UUID.class, callStatic("java.util.UUID", "randomUUID"));
        assertEquals(Integer.MAX_VALUE, MemberAccess.getStaticMember(TypeResolver.resolve("java.lang.Integer"),
                "MAX_VALUE"));
    }

    @Test
    void dotNetMembersComeBeforeJavaOnes() {
        // System.String's Format takes .NET composite formats, though Java's String.format has the same name.
        assertEquals("a-1", callStatic("string", "Format", "{0}-{1}", "a", 1));
        // System.String's Chars (an indexer) hides Java's chars(); Java's codePoints() is still there.
        assertEquals('b', call("abc", "chars", 1));
        assertEquals(3L, call(call("abc", "codePoints"), "count"));
    }

    @Test
    void overloadsAreChosenByArgumentConversion() {
        assertEquals(7, callStatic("java.lang.Math", "max", 3, 7));
        assertEquals(7L, callStatic("java.lang.Math", "max", 3L, 7L));
        assertEquals(3.5, callStatic("java.lang.Math", "max", 3.5, 2));
        assertEquals(7, callStatic("java.lang.Math", "max", 3, 7), "the cached choice for (int, int) again");
    }

    @Test
    void nonPublicClassesShowTheirPublicInterfaces() {
        Object immutable = callStatic("java.util.List", "of", 1, 2, 3);
        assertEquals(3, call(immutable, "size"));
    }

    @Test
    void javaExceptionsAreMethodInvocationExceptions() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> callStatic("java.lang.Integer", "parseInt", "zz"));
        assertEquals("NumberFormatException", e.errorId());
        assertEquals("Exception calling \"parseInt\" with \"1\" argument(s): \"For input string: \"zz\"\"",
                e.getMessage());
        PSRuntimeException missing = assertThrows(PSRuntimeException.class,
                () -> callStatic("java.lang.Math", "nosuch", 1));
        assertEquals("MethodNotFound", missing.errorId());
    }

    @Test
    void javaTypesAcceptTheirSubclassesAsArguments() {
        assertTrue(TypeResolver.resolve("java.lang.Number").isInstance(5));
        assertTrue(TypeResolver.resolve("java.lang.CharSequence").isInstance("s"));
    }

    @Test
    void overloadChoiceDependsOnArgumentTypesOnly() {
        PSMethod round = CoreTypes.MATH.adapter().staticMethod("Round");
        assertEquals(2.0, round.invoke(null, new Object[] {2.5}));
        assertEquals(4.0, round.invoke(null, new Object[] {3.5}));
        assertEquals(new java.math.BigDecimal("2"), round.invoke(null, new Object[] {new java.math.BigDecimal("2.5")}));
    }
}
