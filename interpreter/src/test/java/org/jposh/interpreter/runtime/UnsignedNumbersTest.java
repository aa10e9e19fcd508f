package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class UnsignedNumbersTest {

    @Test
    void uint64AboveLongMaxReadsAsUnsigned() {
        UInt64 max = UInt64.valueOf(-1);
        assertEquals(new BigInteger("18446744073709551615"), max.bigValue());
        assertEquals("18446744073709551615", max.toString());
        assertEquals(1.8446744073709552E19, max.doubleValue());
        assertEquals(9.223372036854775808E18, UInt64.valueOf(Long.MIN_VALUE).doubleValue());
        assertFalse(max.fitsLong());
        assertTrue(max.compareTo(UInt64.valueOf(Long.MAX_VALUE)) > 0);
    }

    @Test
    void uint32KeepsItsValueInLongValue() {
        UInt32 max = UInt32.valueOf(0xFFFF_FFFFL);
        assertEquals(4294967295L, max.longValue());
        assertEquals(-1, max.intValue());
        assertEquals("4294967295", max.toString());
    }

    @Test
    void wideningFollowsDotNetImplicitConversions() {
        assertTrue(NumericConversion.isWidening(CoreTypes.BYTE, CoreTypes.UINT16));
        assertTrue(NumericConversion.isWidening(CoreTypes.UINT32, CoreTypes.INT64));
        assertTrue(NumericConversion.isWidening(CoreTypes.UINT64, CoreTypes.DOUBLE));
        assertTrue(NumericConversion.isWidening(CoreTypes.SBYTE, CoreTypes.INT16));
        assertFalse(NumericConversion.isWidening(CoreTypes.SBYTE, CoreTypes.UINT32));
        assertFalse(NumericConversion.isWidening(CoreTypes.UINT32, CoreTypes.INT32));
        assertFalse(NumericConversion.isWidening(CoreTypes.INT64, CoreTypes.UINT64));
        assertFalse(NumericConversion.isWidening(CoreTypes.CHAR, CoreTypes.SBYTE));
        assertTrue(NumericConversion.isWidening(CoreTypes.CHAR, CoreTypes.UINT16));
    }

    @Test
    void conversionsCheckTheRange() {
        assertEquals(UInt32.valueOf(4), NumericConversion.convert(3.5, CoreTypes.UINT32));
        assertEquals(UInt64.valueOf(-1), NumericConversion.convert(new BigInteger("18446744073709551615"),
                CoreTypes.UINT64));
        DotNetException e = assertThrows(DotNetException.class, () -> NumericConversion.convert(-1, CoreTypes.UINT64));
        assertEquals("Value was either too large or too small for a UInt64.", e.getMessage());
        e = assertThrows(DotNetException.class, () -> NumericConversion.convert(UInt64.valueOf(-1), CoreTypes.INT64));
        assertEquals("Value was either too large or too small for an Int64.", e.getMessage());
    }

    @Test
    void unsignedArithmeticKeepsTheTypeWhileTheResultFits() {
        assertEquals(UInt32.valueOf(6), Arithmetic.add(UInt32.valueOf(5), (Object) 1));
        assertEquals(-1.0, Arithmetic.subtract(UInt32.valueOf(5), (Object) 6));
        assertEquals(-1L, Arithmetic.add(UInt32.valueOf(5), (Object) (-6)));
        assertEquals(1.8446744073709552E19, Arithmetic.add(UInt64.valueOf(-1), (Object) 1));
        assertEquals(256, Arithmetic.add((byte) -1, (Object) 1));
        assertEquals(-10, Arithmetic.multiply(SByte.valueOf((byte) -5), (Object) 2));
    }
}
