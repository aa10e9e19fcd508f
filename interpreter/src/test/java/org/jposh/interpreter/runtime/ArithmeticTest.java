package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
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
}
