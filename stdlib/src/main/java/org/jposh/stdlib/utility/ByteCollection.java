package org.jposh.stdlib.utility;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.runtime.ByteArrays;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.interpreter.runtime.UInt64;

/**
 * Microsoft.PowerShell.Commands.ByteCollection, what Format-Hex writes: up to 16 bytes, the offset of the
 * first, and the label of the group they belong to (a file's path, or the type of the input objects). Its
 * properties and its string are pwsh's; {@code Offset} is the obsolete 32-bit offset, which pwsh still lets
 * scripts read.
 */
public final class ByteCollection {
    private static final int BYTES_PER_LINE = 16;
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    static final DotNetType TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "ByteCollection",
            ByteCollection.class, ByteCollection::define);

    static {
        CoreTypes.register(TYPE);
    }

    private final long offset64;
    private final byte[] bytes;
    private final String path;
    private final String label;

    ByteCollection(long offset64, byte[] bytes, String path, String label) {
        this.offset64 = offset64;
        this.bytes = bytes;
        this.path = path;
        this.label = label;
    }

    /** Makes {@code [Microsoft.PowerShell.Commands.ByteCollection]} resolve before Format-Hex has run. */
    public static void registerTypeLazily() {
        CoreTypes.registerLazily("Microsoft.PowerShell.Commands.ByteCollection", () -> TYPE);
    }

    private static void define(TypeAdapter.Builder b) {
        DotNetType byteArray = CoreTypes.BYTE.arrayType();
        b.property("Offset", CoreTypes.UINT32, c -> UInt32.valueOf(((ByteCollection) c).offset64))
                .property("Offset64", CoreTypes.UINT64, c -> UInt64.valueOf(((ByteCollection) c).offset64))
                .property("Bytes", byteArray, c -> ByteArrays.box(((ByteCollection) c).bytes))
                .property("Path", CoreTypes.STRING, c -> ((ByteCollection) c).path)
                .property("HexOffset", CoreTypes.STRING, c -> ((ByteCollection) c).hexOffset())
                .property("Label", CoreTypes.STRING, c -> ((ByteCollection) c).label)
                .property("HexBytes", CoreTypes.STRING, c -> ((ByteCollection) c).hexBytes())
                .property("Ascii", CoreTypes.STRING, c -> ((ByteCollection) c).ascii());
        // pwsh's constructors, the obsolete ones taking a 32-bit offset left out as the compiler refuses them.
        b.constructor((t, a) -> new ByteCollection(offset(a[0]), ByteArrays.argument(a[1], "value"), (String) a[2],
                        (String) a[2]),
                param("offset", CoreTypes.UINT64), param("value", byteArray), param("path", CoreTypes.STRING));
        b.constructor((t, a) -> new ByteCollection(offset(a[0]), ByteArrays.argument(a[2], "value"), null,
                        (String) a[1]),
                param("offset", CoreTypes.UINT64), param("label", CoreTypes.STRING), param("value", byteArray));
        b.constructor((t, a) -> new ByteCollection(offset(a[0]), ByteArrays.argument(a[1], "value"), null, null),
                param("offset", CoreTypes.UINT64), param("value", byteArray));
        b.constructor((t, a) -> new ByteCollection(0, ByteArrays.argument(a[0], "value"), null, null),
                param("value", byteArray));
    }

    private static long offset(Object ulong) {
        return ((Number) ulong).longValue();
    }

    private String hexOffset() {
        return String.format("%016X", offset64);
    }

    /** The bytes as two hex digits each, separated by spaces. */
    private String hexBytes() {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            appendHex(sb, b);
        }
        return sb.toString();
    }

    private String ascii() {
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            sb.append(displayChar(b));
        }
        return sb.toString();
    }

    /** A byte as the Ascii column shows it: NUL as a space, other control characters as U+FFFD, the rest as Latin-1. */
    private static char displayChar(byte b) {
        char c = (char) (b & 0xFF);
        if (c == 0) {
            return ' ';
        }
        return Character.isISOControl(c) ? REPLACEMENT_CHARACTER : c;
    }

    private static void appendHex(StringBuilder sb, byte b) {
        sb.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
    }

    /**
     * pwsh's hex dump: lines of the offset, three spaces, the bytes (each followed by a space), a space and
     * their characters, a short last line padded to full width. Unlike a file's, a collection of input
     * objects ends each full line with a newline, the last one included.
     */
    @Override
    public String toString() {
        StringBuilder result = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        StringBuilder chars = new StringBuilder();
        long lineOffset = offset64;
        int counter = 0;
        for (byte b : bytes) {
            if (counter % BYTES_PER_LINE == 0) {
                hex.append(String.format("%016X   ", lineOffset));
            }
            appendHex(hex, b);
            hex.append(' ');
            chars.append(displayChar(b));
            counter++;
            if (counter % BYTES_PER_LINE == 0) {
                result.append(hex).append(' ').append(chars);
                hex.setLength(0);
                chars.setLength(0);
                lineOffset += BYTES_PER_LINE;
                if (path == null || path.isEmpty()) {
                    result.append('\n');
                }
            }
        }
        if (counter % BYTES_PER_LINE != 0) {
            int missing = BYTES_PER_LINE - counter % BYTES_PER_LINE;
            hex.append("   ".repeat(missing));
            chars.append(" ".repeat(missing));
            result.append(hex).append(' ').append(chars);
        }
        return result.toString();
    }
}
