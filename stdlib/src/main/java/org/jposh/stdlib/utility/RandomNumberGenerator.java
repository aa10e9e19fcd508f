package org.jposh.stdlib.utility;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * pwsh's PolymorphicRandomNumberGenerator: cryptographic bytes by default; after -SetSeed, the bytes
 * of .NET's seeded System.Random (Knuth's subtractive generator), so a seed gives the numbers it
 * gives in pwsh. Integers and doubles are made from those bytes as pwsh makes them.
 */
final class RandomNumberGenerator {
    private static final int MBIG = Integer.MAX_VALUE;
    private static final int MSEED = 161803398;

    private final SecureRandom secure;
    private final int[] seedArray;
    private int inext;
    private int inextp;

    /** A cryptographic generator. */
    RandomNumberGenerator() {
        secure = new SecureRandom();
        seedArray = null;
    }

    /** new System.Random(seed). */
    RandomNumberGenerator(int seed) {
        secure = null;
        seedArray = new int[56];
        int subtraction = seed == Integer.MIN_VALUE ? Integer.MAX_VALUE : Math.abs(seed);
        int mj = MSEED - subtraction;
        seedArray[55] = mj;
        int mk = 1;
        int ii = 0;
        for (int i = 1; i < 55; i++) {
            ii += 21;
            if (ii >= 55) {
                ii -= 55;
            }
            seedArray[ii] = mk;
            mk = mj - mk;
            if (mk < 0) {
                mk += MBIG;
            }
            mj = seedArray[ii];
        }
        for (int k = 1; k < 5; k++) {
            for (int i = 1; i < 56; i++) {
                int n = i + 30;
                if (n >= 55) {
                    n -= 55;
                }
                seedArray[i] -= seedArray[1 + n];
                if (seedArray[i] < 0) {
                    seedArray[i] += MBIG;
                }
            }
        }
        inext = 0;
        inextp = 21;
    }

    private int seededSample() {
        int locINext = inext + 1 >= 56 ? 1 : inext + 1;
        int locINextp = inextp + 1 >= 56 ? 1 : inextp + 1;
        int result = seedArray[locINext] - seedArray[locINextp];
        if (result == MBIG) {
            result--;
        }
        if (result < 0) {
            result += MBIG;
        }
        seedArray[locINext] = result;
        inext = locINext;
        inextp = locINextp;
        return result;
    }

    void nextBytes(byte[] buffer) {
        if (secure != null) {
            secure.nextBytes(buffer);
        } else {
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = (byte) seededSample();
            }
        }
    }

    /** Four bytes as a little-endian int (BitConverter.ToInt32). */
    private int sample() {
        byte[] data = new byte[4];
        nextBytes(data);
        return (data[0] & 0xFF) | (data[1] & 0xFF) << 8 | (data[2] & 0xFF) << 16 | (data[3] & 0xFF) << 24;
    }

    /** A number in [0, int.MaxValue). */
    int next() {
        int n;
        do {
            n = sample();
        } while (n == Integer.MAX_VALUE);
        return n < 0 ? n + Integer.MAX_VALUE : n;
    }

    double nextDouble() {
        return next() * (1.0 / Integer.MAX_VALUE);
    }

    /** A number in [min, max). */
    int next(int min, int max) {
        long range = (long) max - min;
        if (range <= Integer.MAX_VALUE) {
            return (int) (nextDouble() * range) + min;
        }
        double large;
        do {
            large = sample();
        } while (large == Integer.MAX_VALUE);
        large += Integer.MAX_VALUE;
        return (int) ((long) (large * (1.0 / (2.0 * Integer.MAX_VALUE)) * range) + min);
    }

    /** A number in [min, max), from as many random bits as the range needs. */
    long nextLong(long min, long max) {
        BigInteger diff = BigInteger.valueOf(max).subtract(BigInteger.valueOf(min));
        if (diff.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
            return min + next(0, (int) (max - min));
        }
        long unsignedDiff = diff.longValue();
        int bits = 64 - Long.numberOfLeadingZeros(unsignedDiff);
        long mask = -1L >>> (64 - bits);
        byte[] buffer = new byte[8];
        long value;
        do {
            nextBytes(buffer);
            value = 0;
            for (int i = 7; i >= 0; i--) {
                value = value << 8 | (buffer[i] & 0xFF);
            }
            value &= mask;
        } while (Long.compareUnsigned(unsignedDiff, value) <= 0);
        // pwsh adds in double precision.
        return (long) (min * 1.0 + unsignedToDouble(value));
    }

    private static double unsignedToDouble(long value) {
        return value >= 0 ? value : (value >>> 1 | (value & 1)) * 2.0;
    }

    /** A double in [min, max), as pwsh spreads the samples. */
    double nextDouble(double min, double max) {
        double result;
        double diff = max - min;
        if (Double.isInfinite(diff)) {
            do {
                double r = nextDouble();
                result = min + r * max - r * min;
            } while (result >= max);
        } else {
            do {
                double r = nextDouble();
                result = min + r * diff;
                diff *= r;
            } while (result >= max);
        }
        return result;
    }
}
