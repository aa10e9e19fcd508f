package org.jposh.interpreter.runtime.io;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Arrays;
import org.jposh.interpreter.runtime.ByteArrays;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.MemoryStream: bytes in memory that grow as they are written, or a fixed array given to the
 * constructor (not expandable, and read-only when asked). ToArray works after Close, as in .NET.
 */
public final class MemoryStream extends Stream {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "MemoryStream",
            MemoryStream.class, Stream.TYPE, MemoryStream::defineMembers));

    private byte[] bytes;
    private int length;
    private int position;
    private final boolean expandable;
    private final boolean writable;

    public MemoryStream() {
        this(new byte[0], 0, true, true);
    }

    private MemoryStream(byte[] bytes, int length, boolean expandable, boolean writable) {
        this.bytes = bytes;
        this.length = length;
        this.expandable = expandable;
        this.writable = writable;
    }

    /** The bytes written, whatever the position. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return writable;
    }

    @Override
    public boolean canSeek() {
        return true;
    }

    @Override
    protected int readBytes(byte[] buffer, int offset, int count) {
        int n = Math.max(0, Math.min(count, length - position));
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    protected void writeBytes(byte[] buffer, int offset, int count) {
        int end = position + count;
        ensureCapacity(end);
        if (position > length) {
            Arrays.fill(bytes, length, position, (byte) 0);
        }
        System.arraycopy(buffer, offset, bytes, position, count);
        position = end;
        length = Math.max(length, end);
    }

    private void ensureCapacity(long needed) {
        if (needed <= bytes.length) {
            return;
        }
        if (!expandable) {
            throw DotNetException.notSupported("Memory stream is not expandable.");
        }
        if (needed > Integer.MAX_VALUE - 8) {
            throw new DotNetException("System.IO.IOException", "Stream was too long.");
        }
        bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.max(256, Math.min(2L * bytes.length,
                Integer.MAX_VALUE - 8))));
    }

    @Override
    protected long lengthOf() {
        return length;
    }

    @Override
    protected long positionOf() {
        return position;
    }

    @Override
    protected void moveTo(long newPosition) {
        if (newPosition > Integer.MAX_VALUE) {
            throw DotNetException.argumentOutOfRange("value", "Stream length must be non-negative and less than "
                    + "2^31 - 1 - origin.");
        }
        position = (int) newPosition;
    }

    @Override
    protected void truncateOrExtend(long newLength) {
        ensureCapacity(newLength);
        if (newLength > length) {
            Arrays.fill(bytes, length, (int) newLength, (byte) 0);
        }
        length = (int) newLength;
        position = Math.min(position, length);
    }

    @Override
    protected void release() {
    }

    @Override
    protected String closedMessage() {
        return "Cannot access a closed Stream.";
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType byteArray = CoreTypes.BYTE.arrayType();
        b.constructor((t, a) -> new MemoryStream());
        b.constructor((t, a) -> {
            int capacity = (Integer) a[0];
            if (capacity < 0) {
                throw DotNetException.argumentOutOfRange("capacity", "Non-negative number required.");
            }
            return new MemoryStream(new byte[capacity], 0, true, true);
        }, param("capacity", CoreTypes.INT32));
        b.constructor((t, a) -> fixed((Byte[]) a[0], true), param("buffer", byteArray));
        b.constructor((t, a) -> fixed((Byte[]) a[0], (Boolean) a[1]), param("buffer", byteArray),
                param("writable", CoreTypes.BOOLEAN));
        b.property("Capacity", CoreTypes.INT32, s -> {
            ((MemoryStream) s).checkOpen();
            return ((MemoryStream) s).bytes.length;
        });
        b.method("ToArray", byteArray, (s, a) -> ByteArrays.box(((MemoryStream) s).toByteArray()));
    }

    private static MemoryStream fixed(Byte[] buffer, boolean writable) {
        if (buffer == null) {
            throw DotNetException.argumentNull("buffer");
        }
        byte[] raw = ByteArrays.unbox(buffer);
        return new MemoryStream(raw, raw.length, false, writable);
    }
}
