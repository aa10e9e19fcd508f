package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ArithmeticTest {

    @Test
    void intOverflowWidensToDouble() {
        assertEquals(2147483648.0, Arithmetic.add(Integer.MAX_VALUE, 1));
        assertEquals(-2147483649.0, Arithmetic.subtract(Integer.MIN_VALUE, 1));
        assertEquals(4611686014132420609.0, Arithmetic.multiply(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(9.223372036854775807E18 + 1, Arithmetic.add(Long.MAX_VALUE, 1L));
    }

    @Test
    void divisionStaysIntegralOnlyWhenExact() {
        assertEquals(3, Arithmetic.divide(6, 2));
        assertEquals(3.5, Arithmetic.divide(7, 2));
        assertEquals(-1, Arithmetic.remainder(-7, 2));
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> Arithmetic.divide(1, 0));
        assertEquals("Attempted to divide by zero.", e.getMessage());
    }

    @Test
    void theLeftOperandDecides() {
        assertEquals(3, Arithmetic.add((Object) 1, "2"));
        assertEquals("12", Arithmetic.add("1", (Object) 2));
        assertEquals(1, Arithmetic.add(null, (Object) 1));
        assertEquals("ababab", Arithmetic.multiply("ab", (Object) 3));
        assertArrayEquals(new Object[]{1, 2, 3}, (Object[]) Arithmetic.add(new Object[]{1, 2}, (Object) 3));
        assertArrayEquals(new Object[]{1, 2, 1, 2}, (Object[]) Arithmetic.multiply(new Object[]{1, 2}, (Object) 2));
        assertEquals(2, Arithmetic.add(true, (Object) 1));
    }

    @Test
    void operandsWidenToTheWiderType() {
        assertEquals(3L, Arithmetic.add((Object) 1, (Object) 2L));
        assertEquals(3.5, Arithmetic.add((Object) 1, (Object) 2.5));
        assertEquals(new BigDecimal("3.5"), Arithmetic.add((Object) 1, new BigDecimal("2.5")));
        assertEquals(2.5, Arithmetic.subtract("5", (Object) 2.5));
    }

    @Test
    void decimalRanksAboveDoubleAndKeepsToDecimalPrecision() {
        assertEquals(new BigDecimal("2.5"), Arithmetic.add(BigDecimal.ONE, (Object) 1.5));
        assertEquals(new BigDecimal("2.5"), Arithmetic.add((Object) 1.5, BigDecimal.ONE));
        assertEquals(new BigDecimal("0.3333333333333333333333333333"), Arithmetic.divide(BigDecimal.ONE, (Object) 3));
        assertEquals(new BigDecimal("0.6666666666666666666666666667"), Arithmetic.divide(new BigDecimal(2), (Object) 3));
        assertEquals(new BigDecimal("33.333333333333333333333333333"), Arithmetic.divide(new BigDecimal(100), (Object) 3));
        assertEquals(new BigDecimal("3"), Arithmetic.divide(new BigDecimal(6), (Object) 2));
        assertEquals(new BigDecimal("3.00"), Arithmetic.add(new BigDecimal("1.50"), new BigDecimal("1.5")));
    }

    @Test
    void bytesShortsAndBigIntegersTakePartInArithmetic() {
        assertEquals(256, Arithmetic.add((byte) -1, (Object) 1));
        assertEquals(new BigInteger("100000000000000000001"),
                Arithmetic.add(new BigInteger("100000000000000000000"), (Object) 1));
        assertEquals(2.5, Arithmetic.add(2.0f, (Object) 0.5));
    }

    @Test
    void datesAndTimeSpansAddAndSubtract() {
        DateTime start = new DateTime(LocalDateTime.of(2024, 1, 1, 0, 0), DateTime.Kind.Unspecified);
        DateTime end = new DateTime(LocalDateTime.of(2024, 1, 2, 6, 0), DateTime.Kind.Unspecified);
        TimeSpan elapsed = (TimeSpan) Arithmetic.subtract(end, start);
        assertEquals(30 * TimeSpan.TICKS_PER_HOUR, elapsed.ticks());
        assertEquals(end, Arithmetic.add(start, elapsed));
        assertEquals(start, Arithmetic.subtract(end, elapsed));
        assertEquals(end, Arithmetic.add(start, "1.06:00:00"));
        assertEquals(new TimeSpan(2 * TimeSpan.TICKS_PER_HOUR), Arithmetic.add(new TimeSpan(TimeSpan.TICKS_PER_HOUR),
                new TimeSpan(TimeSpan.TICKS_PER_HOUR)));
    }

    @Test
    void hashtablesAddIntoANewHashtableAndRefuseDuplicateKeys() {
        Hashtable a = new Hashtable();
        a.put("a", 1);
        OrderedDictionary b = new OrderedDictionary();
        b.put("b", 2);
        Hashtable sum = (Hashtable) Arithmetic.add(a, b);
        assertEquals(2, sum.size());
        assertEquals(2, sum.get("B"));
        assertEquals(1, a.size());
        OrderedDictionary ordered = (OrderedDictionary) Arithmetic.add(b, a);
        assertEquals("b", ordered.keySet().iterator().next());
        PSRuntimeException duplicate = assertThrows(PSRuntimeException.class, () -> Arithmetic.add(a, a));
        assertEquals("System.ArgumentException", duplicate.errorId());
        assertEquals(ErrorCategory.OperationStopped, duplicate.category());
        assertEquals("Item has already been added. Key in dictionary: 'a'  Key being added: 'a'", duplicate.getMessage());
        PSRuntimeException other = assertThrows(PSRuntimeException.class, () -> Arithmetic.add(a, (Object) 1));
        assertEquals("AddHashTableToNonHashTable", other.errorId());
        assertEquals("A hash table can only be added to another hash table.", other.getMessage());
    }
}
