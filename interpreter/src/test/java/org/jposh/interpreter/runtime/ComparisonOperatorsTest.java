package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.ComparisonOperators.Operator.EQ;
import static org.jposh.interpreter.runtime.ComparisonOperators.Operator.GE;
import static org.jposh.interpreter.runtime.ComparisonOperators.Operator.GT;
import static org.jposh.interpreter.runtime.ComparisonOperators.Operator.LE;
import static org.jposh.interpreter.runtime.ComparisonOperators.Operator.LT;
import static org.jposh.interpreter.runtime.ComparisonOperators.Operator.NE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ComparisonOperatorsTest {

    private static Object cmp(ComparisonOperators.Operator op, Object l, Object r) {
        return ComparisonOperators.compare(op, l, r, true);
    }

    @Test
    void stringsCompareWithoutCaseByDefault() {
        assertEquals(true, cmp(EQ, "abc", "ABC"));
        assertEquals(false, ComparisonOperators.compare(EQ, "abc", "ABC", false));
        assertEquals(true, ComparisonOperators.compare(NE, "abc", "ABC", false));
        assertEquals(true, cmp(LT, "a", "B"));
        assertEquals(true, ComparisonOperators.compare(LT, "a", "B", false));
        assertEquals(true, ComparisonOperators.compare(LT, "a", "A", false));
        assertEquals(false, cmp(LT, "a", "A"));
        assertEquals(true, cmp(GE, "a", "A"));
    }

    @Test
    void theRightOperandIsConvertedToTheLeftOperandsType() {
        assertEquals(true, cmp(EQ, "10", 10.0));
        assertEquals(true, cmp(EQ, 10, "10"));
        assertEquals(true, cmp(EQ, 10.0, "1e1"));
        assertEquals(false, cmp(GT, 2, "10"));
        assertEquals(true, cmp(GT, "2", 10));
        assertEquals(true, cmp(EQ, "1 2", new Object[] {1, 2}));
        assertEquals(true, cmp(EQ, true, "false"));
        assertEquals(true, cmp(EQ, 1, true));
        assertEquals(true, cmp(EQ, 65, 'A'));
        assertEquals(false, cmp(EQ, 1, "abc"));
        assertEquals(true, cmp(NE, 1, "abc"));
        assertEquals(true, cmp(EQ, new BigDecimal("1.0"), 1));
        assertEquals(true, cmp(EQ, 'a', "A"));
        assertEquals(false, ComparisonOperators.compare(EQ, 'a', "A", false));
    }

    @Test
    void anOrderingComparisonWithANonNumberFailsWithTheConversionError() {
        PSInvalidCastException e = assertThrows(PSInvalidCastException.class, () -> cmp(GT, 5, "abc"));
        assertEquals("Cannot convert value \"abc\" to type \"System.Int32\". Error: "
                + "\"The input string 'abc' was not in a correct format.\"", e.getMessage());
        PSRuntimeException failure = assertThrows(PSRuntimeException.class,
                () -> cmp(GT, new DateTime(LocalDateTime.of(2024, 1, 1, 0, 0), DateTime.Kind.Unspecified), "nope"));
        assertEquals("ComparisonFailure", failure.errorId());
        assertTrue(failure.getMessage().startsWith("Could not compare \"01/01/2024 00:00:00\" to \"nope\". Error: "
                + "\"Cannot convert value \"nope\" to type \"System.DateTime\"."));
        PSRuntimeException notComparable = assertThrows(PSRuntimeException.class,
                () -> cmp(GT, new Hashtable(), new Hashtable()));
        assertEquals("NotIcomparable", notComparable.errorId());
        assertEquals("Cannot compare \"System.Collections.Hashtable\" because it is not IComparable.",
                notComparable.getMessage());
    }

    @Test
    void nullEqualsOnlyNull() {
        assertEquals(true, cmp(EQ, null, null));
        assertEquals(true, cmp(EQ, null, AutomationNull.VALUE));
        assertEquals(false, cmp(EQ, null, new Object[0]));
        assertEquals(false, cmp(EQ, "", null));
        assertEquals(false, cmp(EQ, 0, null));
        assertEquals(true, cmp(NE, "abc", null));
    }

    @Test
    void nullOrdersBelowEverythingAndJustBelowZero() {
        assertEquals(true, cmp(GT, 0, null));
        assertEquals(false, cmp(GT, -1, null));
        assertEquals(true, cmp(LT, null, 0));
        assertEquals(false, cmp(LT, null, -1));
        assertEquals(true, cmp(GT, "a", null));
        assertEquals(false, cmp(GT, null, "a"));
        assertEquals(true, cmp(GE, null, null));
        assertEquals(false, cmp(LT, null, null));
        assertEquals(true, cmp(LE, null, "a"));
    }

    @Test
    void aCollectionOnTheLeftFiltersItsElements() {
        assertArrayEquals(new Object[] {2, 2}, (Object[]) cmp(EQ, new Object[] {1, 2, 3, 2}, 2));
        assertArrayEquals(new Object[] {1, 3}, (Object[]) cmp(NE, new Object[] {1, 2, 3, 2}, 2));
        assertArrayEquals(new Object[] {3, "4"}, (Object[]) cmp(GT, new Object[] {1, 3, "4"}, 2));
        assertArrayEquals(new Object[0], (Object[]) cmp(EQ, new Object[0], null));
        assertArrayEquals(new Object[] {null}, (Object[]) cmp(EQ, new Object[] {1, null}, null));
        assertFalse(LanguagePrimitives.isTrue(cmp(EQ, new Object[] {1, null}, null)));
    }

    @Test
    void containsAndInTestMembershipWithEqualityRules() {
        assertTrue(ComparisonOperators.contains(new Object[] {1, "Two", 3.0}, "two", true));
        assertFalse(ComparisonOperators.contains(new Object[] {1, "Two"}, "two", false));
        assertTrue(ComparisonOperators.contains(new Object[] {1, 2}, "2", true));
        assertTrue(ComparisonOperators.contains("abc", "ABC", true));
        assertFalse(ComparisonOperators.contains("abc", "b", true));
        assertTrue(ComparisonOperators.in(3, new Object[] {1, 2, 3}, true));
        assertTrue(ComparisonOperators.contains(new Object[] {null}, null, true));
    }

    @Test
    void collectionsAndDictionariesAreEqualOnlyToThemselves() {
        Hashtable h = new Hashtable();
        assertEquals(false, cmp(EQ, h, new Hashtable()));
        assertEquals(true, cmp(EQ, h, h));
        PSObject a = PSObject.newCustomObject();
        assertEquals(false, cmp(EQ, a, PSObject.newCustomObject()));
    }

    @Test
    void datesTimeSpansAndEnumsCompareAfterConversion() {
        DateTime d = new DateTime(LocalDateTime.of(2024, 1, 5, 0, 0), DateTime.Kind.Unspecified);
        assertEquals(true, cmp(EQ, d, "2024-01-05"));
        assertEquals(true, cmp(LT, d, "2024-02-01"));
        assertEquals(true, cmp(GT, new TimeSpan(TimeSpan.TICKS_PER_HOUR), "00:30"));
        EnumValue friday = new EnumValue(CoreTypes.DAY_OF_WEEK, 5);
        assertEquals(true, cmp(EQ, friday, "friday"));
        assertEquals(true, cmp(GT, friday, "Monday"));
        assertEquals(true, cmp(EQ, friday, 5));
    }

    @Test
    void numbersOfDifferentTypesCompareByValue() {
        assertEquals(true, cmp(EQ, 1, 1L));
        assertEquals(true, cmp(EQ, 1, 1.0));
        assertEquals(true, cmp(LT, 1, 1.5));
        assertEquals(true, cmp(GT, 2L, new BigDecimal("1.5")));
        assertEquals(false, cmp(EQ, Double.NaN, Double.NaN));
        assertEquals(true, cmp(EQ, (byte) -1, 255));
    }
}
