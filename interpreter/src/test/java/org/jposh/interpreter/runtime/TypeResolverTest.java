package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TypeResolverTest {

    @Test
    void acceleratorsAndFullNamesResolveCaseInsensitively() {
        assertSame(CoreTypes.INT32, TypeResolver.resolve("int"));
        assertSame(CoreTypes.INT32, TypeResolver.resolve("Int32"));
        assertSame(CoreTypes.INT32, TypeResolver.resolve("SYSTEM.INT32"));
        assertSame(CoreTypes.STRING, TypeResolver.resolve("string"));
        assertSame(CoreTypes.INT64, TypeResolver.resolve("long"));
        assertSame(CoreTypes.DOUBLE, TypeResolver.resolve("double"));
        assertSame(CoreTypes.DECIMAL, TypeResolver.resolve("decimal"));
        assertSame(CoreTypes.BOOLEAN, TypeResolver.resolve("bool"));
        assertSame(CoreTypes.CHAR, TypeResolver.resolve("char"));
        assertSame(CoreTypes.BYTE, TypeResolver.resolve("byte"));
        assertSame(CoreTypes.HASHTABLE, TypeResolver.resolve("hashtable"));
        assertSame(CoreTypes.ORDERED_DICTIONARY, TypeResolver.resolve("ordered"));
        assertSame(CoreTypes.ARRAY, TypeResolver.resolve("array"));
        assertSame(CoreTypes.REGEX, TypeResolver.resolve("regex"));
        assertSame(CoreTypes.DATE_TIME, TypeResolver.resolve("datetime"));
        assertSame(CoreTypes.TIME_SPAN, TypeResolver.resolve("timespan"));
        assertSame(CoreTypes.GUID, TypeResolver.resolve("guid"));
        assertSame(CoreTypes.PS_OBJECT, TypeResolver.resolve("pscustomobject"));
        assertSame(CoreTypes.PS_REFERENCE, TypeResolver.resolve("ref"));
    }

    @Test
    void theSystemPrefixIsTriedSoObjectAndMathResolve() {
        assertSame(CoreTypes.OBJECT, TypeResolver.resolve("object"));
        assertSame(CoreTypes.MATH, TypeResolver.resolve("math"));
        assertSame(CoreTypes.ARRAY_LIST, TypeResolver.resolve("System.Collections.ArrayList"));
        assertSame(CoreTypes.ARRAY_LIST, TypeResolver.resolve("Collections.ArrayList"));
    }

    @Test
    void arraysAndGenericsAreBuiltFromTheirParts() {
        DotNetType intArray = TypeResolver.resolve("int[]");
        assertSame(CoreTypes.INT32.arrayType(), intArray);
        assertSame(Integer[].class, intArray.javaClass());
        DotNetType list = TypeResolver.resolve("System.Collections.Generic.List[string]");
        assertSame(CoreTypes.LIST, list.genericDefinition());
        assertEquals(List.of(CoreTypes.STRING), list.genericArguments());
        assertSame(list, TypeResolver.resolve("Collections.Generic.List[[String]]"));
        DotNetType dictionary = TypeResolver.resolve("System.Collections.Generic.Dictionary[string, int]");
        assertEquals(List.of(CoreTypes.STRING, CoreTypes.INT32), dictionary.genericArguments());
        assertSame(list.arrayType(), TypeResolver.resolve("System.Collections.Generic.List[string][]"));
    }

    @Test
    void genericShortNamesNeedAUsingNamespace() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> TypeResolver.resolve("Dictionary[string,int]"));
        assertEquals("TypeNotFound", e.errorId());
        assertEquals("Unable to find type [Dictionary[string,int]].", e.getMessage());
        assertEquals(ErrorCategory.InvalidOperation, e.category());
        DotNetType dictionary = TypeResolver.resolve("Dictionary[string,int]",
                List.of("System.Collections.Generic"));
        assertSame(CoreTypes.DICTIONARY, dictionary.genericDefinition());
    }

    @Test
    void unknownAndMalformedNamesAreNotFound() {
        assertNull(TypeResolver.tryResolve("NoSuchType", List.of()));
        assertNull(TypeResolver.tryResolve("int[", List.of()));
        assertNull(TypeResolver.tryResolve("System.Collections.Generic.List[string,int]", List.of()));
        assertEquals("Unable to find type [foo].", assertThrows(PSRuntimeException.class,
                () -> TypeResolver.resolve("foo")).getMessage());
    }

    @Test
    void typesHaveTheirDotNetAndPowerShellNames() {
        DotNetType list = TypeResolver.resolve("System.Collections.Generic.List[int]");
        assertEquals("System.Collections.Generic.List`1[System.Int32]", list.toString());
        assertEquals("System.Collections.Generic.List[int]", list.powerShellName());
        assertEquals("List`1", list.name());
        assertTrue(list.fullName().startsWith("System.Collections.Generic.List`1[[System.Int32, System.Private.CoreLib"));
        assertEquals("int[]", CoreTypes.INT32.arrayType().powerShellName());
        assertEquals("System.Int32[]", CoreTypes.INT32.arrayType().toString());
        assertEquals("System.Object[]", CoreTypes.OBJECT_ARRAY.powerShellName());
        assertEquals("psobject", CoreTypes.PS_OBJECT.powerShellName());
        assertEquals("int", LanguagePrimitives.toStringValue(CoreTypes.INT32));
    }

    @Test
    void valuesReportTheirDotNetTypes() {
        assertSame(CoreTypes.INT32, DotNetType.of(1));
        assertSame(CoreTypes.DECIMAL, DotNetType.of(BigDecimal.ONE));
        assertSame(CoreTypes.GUID, DotNetType.of(UUID.randomUUID()));
        assertSame(CoreTypes.OBJECT_ARRAY, DotNetType.of(new Object[0]));
        assertSame(CoreTypes.STRING_ARRAY, DotNetType.of(new String[0]));
        assertSame(CoreTypes.HASHTABLE, DotNetType.of(new Hashtable()));
        assertNull(DotNetType.of(null));
        assertEquals(List.of("System.Int32", "System.ValueType", "System.Object"),
                CoreTypes.INT32.typeNameHierarchy());
        assertEquals(List.of("System.Object[]", "System.Array", "System.Object"),
                CoreTypes.OBJECT_ARRAY.typeNameHierarchy());
    }

    @Test
    void assignabilityFollowsDotNetIncludingArrayCovarianceForReferenceTypes() {
        assertTrue(CoreTypes.OBJECT_ARRAY.isInstance(new String[] {"a"}));
        assertFalse(CoreTypes.OBJECT_ARRAY.isInstance(new Integer[] {1}));
        assertTrue(CoreTypes.ARRAY.isInstance(new Integer[] {1}));
        assertTrue(CoreTypes.VALUE_TYPE.isInstance(5));
        assertFalse(CoreTypes.VALUE_TYPE.isInstance("5"));
        assertTrue(CoreTypes.IDICTIONARY.isInstance(new OrderedDictionary()));
        assertFalse(CoreTypes.HASHTABLE.isInstance(new OrderedDictionary()));
        DotNetType listOfInt = TypeResolver.resolve("System.Collections.Generic.List[int]");
        DotNetType listOfString = TypeResolver.resolve("System.Collections.Generic.List[string]");
        GenericList list = new GenericList(listOfInt);
        assertTrue(listOfInt.isInstance(list));
        assertFalse(listOfString.isInstance(list));
    }

    @Test
    void enumTypesListTheirValuesAsStaticMembers() {
        DotNetType dayOfWeek = TypeResolver.resolve("System.DayOfWeek");
        Object friday = MemberAccess.getStaticMember(dayOfWeek, "friday");
        assertEquals(new EnumValue(dayOfWeek, 5), friday);
        assertEquals("Friday", LanguagePrimitives.toStringValue(friday));
    }

    /** A value class the interpreter might define, registered as scripts would name it. */
    private static final class Widget {
    }

    @Test
    void theInterpreterCanRegisterItsOwnTypes() {
        DotNetType widget = CoreTypes.define("JPosh.Test", "Widget", Widget.class,
                b -> b.property("Kind", CoreTypes.STRING, w -> "widget"));
        CoreTypes.register(widget, "widget");
        assertSame(widget, TypeResolver.resolve("Widget"));
        assertSame(widget, TypeResolver.resolve("JPosh.Test.Widget"));
        assertSame(widget, DotNetType.of(new Widget()));
        assertEquals("widget", MemberAccess.getMember(new Widget(), "kind"));
        assertEquals("widget", widget.powerShellName());
        assertEquals(List.of("JPosh.Test.Widget", "System.Object"), widget.typeNameHierarchy());
    }
}
