package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BYTE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.security.SecureRandom;

/**
 * System.Security.Cryptography.RandomNumberGenerator over SecureRandom: Create() and the instance's GetBytes
 * (filling the array it is given) and GetNonZeroBytes, Dispose; the static GetBytes(count), GetInt32 and Fill of
 * .NET 6.
 */
final class SecureRandomMembers {
    static final DotNetType TYPE = CoreTypes.define("System.Security.Cryptography", "RandomNumberGenerator",
            Generator.class, SecureRandomMembers::define);
    private static final SecureRandom SHARED = new SecureRandom();

    static {
        CoreTypes.register(TYPE);
    }

    private SecureRandomMembers() {
    }

    /** The class of RandomNumberGenerator's values, distinct from SecureRandom, which scripts may reach as Java. */
    static final class Generator extends SecureRandom {
    }

    static void define(TypeAdapter.Builder b) {
        DotNetType bytes = BYTE.arrayType();
        b.staticMethod("Create", TYPE, (t, a) -> new Generator());
        b.method("GetBytes", VOID, (t, a) -> fill((SecureRandom) t, a[0], false), param("data", bytes));
        b.method("GetNonZeroBytes", VOID, (t, a) -> fill((SecureRandom) t, a[0], true), param("data", bytes));
        b.method("Dispose", VOID, (t, a) -> AutomationNull.VALUE);
        b.staticMethod("Fill", VOID, (t, a) -> fill(SHARED, a[0], false), param("data", bytes));
        b.staticMethod("GetBytes", bytes, (t, a) -> {
            int count = (Integer) a[0];
            if (count < 0) {
                throw DotNetException.argumentOutOfRange("count", "Non-negative number required.");
            }
            byte[] random = new byte[count];
            SHARED.nextBytes(random);
            return ByteArrays.box(random);
        }, param("count", INT32));
        b.staticMethod("GetInt32", INT32, (t, a) -> range(0, (Integer) a[0], "toExclusive"),
                param("toExclusive", INT32));
        b.staticMethod("GetInt32", INT32, (t, a) -> range((Integer) a[0], (Integer) a[1], "toExclusive"),
                param("fromInclusive", INT32), param("toExclusive", INT32));
    }

    private static Object fill(SecureRandom random, Object data, boolean nonZero) {
        Byte[] buffer = (Byte[]) data;
        if (buffer == null) {
            throw DotNetException.argumentNull("data");
        }
        byte[] bytes = new byte[1];
        for (int i = 0; i < buffer.length; i++) {
            do {
                random.nextBytes(bytes);
            } while (nonZero && bytes[0] == 0);
            buffer[i] = bytes[0];
        }
        return AutomationNull.VALUE;
    }

    private static int range(int from, int to, String paramName) {
        if (from >= to) {
            throw DotNetException.argument("Range of random number does not contain at least one possibility.",
                    paramName);
        }
        return SHARED.nextInt(from, to);
    }
}
