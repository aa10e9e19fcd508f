package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BYTE;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Random;

/**
 * System.Random over java.util.Random: Next, NextInt64, NextDouble, NextBytes and Shared. A seed gives a
 * repeatable sequence, though not the one .NET's generator gives for the same seed.
 */
final class RandomMembers {
    static final DotNetType TYPE = CoreTypes.define("System", "Random", Generator.class, RandomMembers::define);
    private static final Random SHARED = new Generator();

    static {
        CoreTypes.register(TYPE);
    }

    private RandomMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new Generator());
        b.constructor((t, a) -> new Generator((Integer) a[0]), param("Seed", INT32));
        b.staticProperty("Shared", TYPE, () -> SHARED);
        b.method("Next", INT32, (t, a) -> ((Random) t).nextInt(Integer.MAX_VALUE));
        b.method("Next", INT32, (t, a) -> {
            int max = (Integer) a[0];
            if (max < 0) {
                throw DotNetException.argumentOutOfRange("maxValue", "'maxValue' must be greater than or equal to '0'.");
            }
            return max == 0 ? 0 : ((Random) t).nextInt(max);
        }, param("maxValue", INT32));
        b.method("Next", INT32, (t, a) -> (int) range((Random) t, (Integer) a[0], (Integer) a[1]),
                param("minValue", INT32), param("maxValue", INT32));
        b.method("NextInt64", INT64, (t, a) -> ((Random) t).nextLong(Long.MAX_VALUE));
        b.method("NextInt64", INT64, (t, a) -> range((Random) t, (Long) a[0], (Long) a[1]), param("minValue", INT64),
                param("maxValue", INT64));
        b.method("NextDouble", DOUBLE, (t, a) -> ((Random) t).nextDouble());
        b.method("NextBytes", VOID, (t, a) -> {
            Byte[] buffer = (Byte[]) a[0];
            if (buffer == null) {
                throw DotNetException.argumentNull("buffer");
            }
            byte[] random = new byte[buffer.length];
            ((Random) t).nextBytes(random);
            System.arraycopy(ByteArrays.box(random), 0, buffer, 0, buffer.length);
            return AutomationNull.VALUE;
        }, param("buffer", BYTE.arrayType()));
    }

    /**
     * The class of System.Random's values: a class of its own, as java.util.Random may already stand for itself
     * (a script can reach Java classes, and JDK code uses it).
     */
    static final class Generator extends Random {
        Generator() {
        }

        Generator(long seed) {
            super(seed);
        }
    }

    /** A value from min up to max, max excluded, as .NET's Next(min, max); min itself when they are equal. */
    private static long range(Random random, long min, long max) {
        if (min > max) {
            throw DotNetException.argumentOutOfRange("minValue", "'minValue' cannot be greater than maxValue.");
        }
        return min == max ? min : random.nextLong(min, max);
    }
}
