package org.jposh.stdlib.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Get-Random's generator: .NET's seeded sequence, pwsh's ranges. */
class RandomNumberGeneratorTest {
    @Test
    void seededBytesFollowDotNetsRandom() {
        // new System.Random(0).Next() is 1559595546 in .NET; its NextBytes uses the same samples.
        RandomNumberGenerator generator = new RandomNumberGenerator(0);
        byte[] one = new byte[1];
        generator.nextBytes(one);
        assertEquals((byte) 1559595546, one[0]);
    }

    @Test
    void sameSeedSameNumbers() {
        RandomNumberGenerator a = new RandomNumberGenerator(42);
        RandomNumberGenerator b = new RandomNumberGenerator(42);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.next(0, 1000), b.next(0, 1000));
        }
    }

    @Test
    void numbersStayInTheirRanges() {
        RandomNumberGenerator generator = new RandomNumberGenerator();
        for (int i = 0; i < 1000; i++) {
            int n = generator.next(-5, 5);
            assertTrue(n >= -5 && n < 5, Integer.toString(n));
            long l = generator.nextLong(-10_000_000_000L, 10_000_000_000L);
            assertTrue(l >= -10_000_000_000L && l < 10_000_000_000L, Long.toString(l));
            double d = generator.nextDouble(1.5, 2.5);
            assertTrue(d >= 1.5 && d < 2.5, Double.toString(d));
            int wide = generator.next(Integer.MIN_VALUE, Integer.MAX_VALUE);
            assertTrue(wide < Integer.MAX_VALUE);
        }
    }
}
