package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BYTE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import org.jposh.interpreter.runtime.io.Disposable;
import org.jposh.interpreter.runtime.io.Stream;

/**
 * System.Security.Cryptography.HashAlgorithm and its SHA1, SHA256, SHA384, SHA512 and MD5 over Java's
 * MessageDigest: {@code [SHA256]::Create()}, ComputeHash of a byte array (or part of one) or of a stream, Hash,
 * HashSize, Dispose; the static HashData of .NET 5; and {@code [HashAlgorithm]::Create('SHA256')}.
 */
public final class HashAlgorithm extends Disposable implements DotNetTyped {
    private static final String NAMESPACE = "System.Security.Cryptography";
    static final DotNetType TYPE = CoreTypes.define(NAMESPACE, "HashAlgorithm", HashAlgorithm.class,
            HashAlgorithm::defineMembers);
    private static final String[] NAMES = {"SHA1", "SHA256", "SHA384", "SHA512", "MD5"};
    private static final int[] SIZES = {160, 256, 384, 512, 128};
    static final DotNetType[] ALGORITHMS = new DotNetType[NAMES.length];

    static {
        CoreTypes.register(TYPE);
        for (int i = 0; i < NAMES.length; i++) {
            int index = i;
            ALGORITHMS[i] = CoreTypes.define(NAMESPACE, NAMES[i], HashAlgorithm.class, TYPE, b -> {
                b.staticMethod("Create", b.type(), (t, a) -> new HashAlgorithm(index));
                b.staticMethod("HashData", BYTE.arrayType(), (t, a) -> new HashAlgorithm(index).compute(
                        ByteArrays.argument(a[0], "source")), param("source", BYTE.arrayType()));
            });
            CoreTypes.register(ALGORITHMS[i]);
        }
    }

    private final int algorithm;
    private final MessageDigest digest;
    private byte[] hash;

    private HashAlgorithm(int algorithm) {
        this.algorithm = algorithm;
        this.digest = messageDigest(NAMES[algorithm]);
    }

    /** Java's digest for an algorithm as .NET names it (SHA1, SHA256, SHA384, SHA512, MD5), as Get-FileHash takes it. */
    public static MessageDigest messageDigest(String name) {
        try {
            return MessageDigest.getInstance(name.startsWith("SHA") ? "SHA-" + name.substring(3) : name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + name, e);
        }
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType bytes = BYTE.arrayType();
        b.staticMethod("Create", TYPE, (t, a) -> create((String) a[0]), param("hashName", STRING));
        b.method("ComputeHash", bytes, (t, a) -> ((HashAlgorithm) t).compute(ByteArrays.argument(a[0], "buffer")),
                param("buffer", bytes));
        b.method("ComputeHash", bytes, (t, a) -> {
            byte[] buffer = ByteArrays.argument(a[0], "buffer");
            int offset = (Integer) a[1];
            int count = (Integer) a[2];
            if (offset < 0 || count < 0 || offset > buffer.length - count) {
                throw DotNetException.argument("Offset and length were out of bounds for the array or count is"
                        + " greater than the number of elements from index to the end of the source collection.", null);
            }
            return ((HashAlgorithm) t).compute(Arrays.copyOfRange(buffer, offset, offset + count));
        }, param("buffer", bytes), param("offset", INT32), param("count", INT32));
        b.method("ComputeHash", bytes, (t, a) -> ((HashAlgorithm) t).compute((Stream) a[0]),
                param("inputStream", Stream.TYPE));
        b.property("Hash", bytes, h -> ((HashAlgorithm) h).hash == null ? null
                : ByteArrays.box(((HashAlgorithm) h).hash));
        b.property("HashSize", INT32, h -> SIZES[((HashAlgorithm) h).algorithm]);
        for (String name : new String[] {"Dispose", "Clear"}) {
            b.method(name, VOID, (t, a) -> {
                ((HashAlgorithm) t).close();
                return AutomationNull.VALUE;
            });
        }
    }

    /** HashAlgorithm.Create(name): the algorithm's name in any case, or with its namespace; null for another. */
    private static HashAlgorithm create(String name) {
        if (name == null) {
            throw DotNetException.argumentNull("hashName");
        }
        String simple = name.startsWith(NAMESPACE + ".") ? name.substring(NAMESPACE.length() + 1) : name;
        simple = simple.toUpperCase(Locale.ROOT).replace("-", "");
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(simple)) {
                return new HashAlgorithm(i);
            }
        }
        return null;
    }

    private Byte[] compute(byte[] input) {
        checkOpen();
        hash = digest.digest(input);
        return ByteArrays.box(hash);
    }

    private Byte[] compute(Stream stream) {
        checkOpen();
        if (stream == null) {
            throw DotNetException.argumentNull("inputStream");
        }
        byte[] buffer = new byte[64 * 1024];
        for (int n = stream.read(buffer, 0, buffer.length); n > 0; n = stream.read(buffer, 0, buffer.length)) {
            digest.update(buffer, 0, n);
        }
        hash = digest.digest();
        return ByteArrays.box(hash);
    }

    @Override
    public void close() {
        markClosed();
    }

    @Override
    protected String closedMessage() {
        return "Cannot access a disposed object.\nObject name: '" + NAMESPACE + "." + NAMES[algorithm] + "'.";
    }

    @Override
    public DotNetType dotNetType() {
        return ALGORITHMS[algorithm];
    }
}
