package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypeAndBitwiseOperatorsTest {

    @Test
    void isTestsTheTypeOfTheBaseObject() {
        assertTrue(TypeOperators.is(5, CoreTypes.INT32));
        assertTrue(TypeOperators.is(5, "int"));
        assertTrue(TypeOperators.is(5, CoreTypes.VALUE_TYPE));
        assertFalse(TypeOperators.is(5, CoreTypes.STRING));
        assertTrue(TypeOperators.is(new PSObject(5), CoreTypes.INT32));
        assertTrue(TypeOperators.is(PSObject.newCustomObject(), "pscustomobject"));
        assertTrue(TypeOperators.is(new Object[] {1}, "array"));
        assertTrue(TypeOperators.is(new Object[] {1}, "object[]"));
        assertFalse(TypeOperators.is(null, CoreTypes.OBJECT));
        assertTrue(TypeOperators.isNot(null, CoreTypes.OBJECT));
        assertTrue(TypeOperators.is(new OrderedDictionary(), "System.Collections.IDictionary"));
    }

    @Test
    void isNeedsATypeOnTheRight() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> TypeOperators.is(5, 5));
        assertEquals("IsOperatorRequiresType", e.errorId());
        assertEquals("The right operand of '-is' must be a type.", e.getMessage());
        // PowerShell's own ComparisonOperator.Tests.ps1 expects this id for 'hello' -is 'foo'.
        PSRuntimeException name = assertThrows(PSRuntimeException.class, () -> TypeOperators.is(5, "nosuch"));
        assertEquals("RuntimeException", name.errorId());
        assertEquals("AsOperatorRequiresType",
                assertThrows(PSRuntimeException.class, () -> TypeOperators.as(5, 5)).errorId());
    }

    @Test
    void asConvertsOrGivesNull() {
        assertEquals(5, TypeOperators.as("5", CoreTypes.INT32));
        assertNull(TypeOperators.as("five", CoreTypes.INT32));
        assertNull(TypeOperators.as(new Hashtable(), "int"));
        assertEquals("5", TypeOperators.as(5, "string"));
    }

    @Test
    void bitwiseOperatorsWorkOnIntegersAndParseStrings() {
        assertEquals(2, BitwiseOperators.binary(BitwiseOperators.Operator.BAND, 6, 3));
        assertEquals(7, BitwiseOperators.binary(BitwiseOperators.Operator.BOR, 6, 3));
        assertEquals(5, BitwiseOperators.binary(BitwiseOperators.Operator.BXOR, 6, 3));
        assertEquals(3, BitwiseOperators.binary(BitwiseOperators.Operator.BAND, "0xF", 3));
        assertEquals(3L, BitwiseOperators.binary(BitwiseOperators.Operator.BAND, 0xFFFFFFFFFL, 3));
        assertEquals(-6, BitwiseOperators.not(5));
        assertEquals(-6L, BitwiseOperators.not(5L));
        // pwsh does floating operands as UInt64; JPosh has no unsigned types and uses Int64
        assertEquals(3L, BitwiseOperators.binary(BitwiseOperators.Operator.BAND, 3.7, 7));
    }

    @Test
    void shiftsMaskTheirCountsAsCSharpDoes() {
        assertEquals(8, BitwiseOperators.binary(BitwiseOperators.Operator.SHL, 1, 3));
        assertEquals(2, BitwiseOperators.binary(BitwiseOperators.Operator.SHL, 1, 33));
        assertEquals(-4, BitwiseOperators.binary(BitwiseOperators.Operator.SHR, -16, 2));
        assertEquals(1L << 40, BitwiseOperators.binary(BitwiseOperators.Operator.SHL, 1L, 40));
    }

    @Test
    void enumFlagsCombineIntoEnums() {
        Object options = BitwiseOperators.binary(BitwiseOperators.Operator.BOR,
                LanguagePrimitives.convertTo("IgnoreCase", CoreTypes.REGEX_OPTIONS), 2);
        assertEquals(new EnumValue(CoreTypes.REGEX_OPTIONS, 3), options);
        assertEquals("IgnoreCase, Multiline", LanguagePrimitives.toStringValue(options));
    }
}
