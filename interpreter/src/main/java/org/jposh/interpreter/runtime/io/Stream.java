package org.jposh.interpreter.runtime.io;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.BYTE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.InputStream;
import java.io.OutputStream;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.Stream: bytes read and written at a position. Subclasses give the storage ({@link FileStream},
 * {@link MemoryStream}); this class checks the arguments and the stream's state as .NET does, so every
 * stream fails with the same messages. Readers and writers use it through {@link #inputStream()} and
 * {@link #outputStream()}.
 */
public abstract class Stream extends Disposable {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "Stream", Stream.class,
            CoreTypes.MARSHAL_BY_REF_OBJECT, Stream::defineMembers));
    public static final DotNetType SEEK_ORIGIN = CoreTypes.defineEnum("System.IO", "SeekOrigin", false,
            "Begin", "Current", "End");


    public abstract boolean canRead();

    public abstract boolean canWrite();

    public abstract boolean canSeek();

    /** Reads up to {@code count} bytes at the position; 0 only at the end. The stream is open and readable. */
    protected abstract int readBytes(byte[] buffer, int offset, int count);

    /** Writes the bytes at the position. The stream is open and writable. */
    protected abstract void writeBytes(byte[] buffer, int offset, int count);

    protected abstract long lengthOf();

    protected abstract long positionOf();

    /** Moves to a position that is not negative (checked); the stream is open and seekable. */
    protected abstract void moveTo(long position);

    protected abstract void truncateOrExtend(long length);

    protected void flushBytes() {
    }

    /** Releases what the stream holds; called once. */
    protected abstract void release();



    public final int read(byte[] buffer, int offset, int count) {
        checkReadable();
        return count == 0 ? 0 : readBytes(buffer, offset, count);
    }

    public final void write(byte[] buffer, int offset, int count) {
        checkWritable();
        if (count > 0) {
            writeBytes(buffer, offset, count);
        }
    }

    public final int readByte() {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 0 ? -1 : one[0] & 0xFF;
    }

    public final long length() {
        checkSeekable();
        return lengthOf();
    }

    public final long position() {
        checkSeekable();
        return positionOf();
    }

    public final void setPosition(long position) {
        if (position < 0) {
            throw DotNetException.argumentOutOfRange("value", "Non-negative number required.");
        }
        checkSeekable();
        moveTo(position);
    }

    /** Stream.Seek: an offset from the start, the position or the end; the new position. */
    public final long seek(long offset, long origin) {
        checkSeekable();
        if (origin < 0 || origin > 2) {
            throw DotNetException.argument("Invalid seek origin.", "origin");
        }
        long base = origin == 0 ? 0 : origin == 1 ? positionOf() : lengthOf();
        long target = base + offset;
        if (target < 0) {
            throw new DotNetException("System.IO.IOException",
                    "An attempt was made to move the position before the beginning of the stream.");
        }
        moveTo(target);
        return positionOf();
    }

    public final void setLength(long length) {
        if (length < 0) {
            throw DotNetException.argumentOutOfRange("value", "Non-negative number required.");
        }
        checkSeekable();
        checkWritable();
        truncateOrExtend(length);
    }

    public final void flush() {
        checkOpen();
        flushBytes();
    }

    /** Close and Dispose: flushes and releases; closing again does nothing. */
    @Override
    public final void close() {
        if (!isClosed()) {
            try {
                flushBytes();
            } finally {
                markClosed();
                release();
            }
        }
    }

    /** Stream.CopyTo: the rest of this stream written to the other. */
    public final void copyTo(Stream destination) {
        if (destination == null) {
            throw DotNetException.argumentNull("destination");
        }
        checkReadable();
        destination.checkWritable();
        byte[] buffer = new byte[81920];
        int n;
        while ((n = readBytes(buffer, 0, buffer.length)) > 0) {
            destination.writeBytes(buffer, 0, n);
        }
    }

    /** The stream as Java reads it, for readers: -1 at the end. */
    public final InputStream inputStream() {
        return new InputStream() {
            @Override
            public int read() {
                return readByte();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = Stream.this.read(b, off, len);
                return n == 0 ? -1 : n;
            }
        };
    }

    /** The stream as Java writes it, for writers; flushing it flushes the stream. */
    public final OutputStream outputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                Stream.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                Stream.this.write(b, off, len);
            }

            @Override
            public void flush() {
                if (!isClosed()) {
                    flushBytes();
                }
            }
        };
    }

    private void checkReadable() {
        checkOpen();
        if (!canRead()) {
            throw DotNetException.notSupported("Stream does not support reading.");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!canWrite()) {
            throw DotNetException.notSupported("Stream does not support writing.");
        }
    }

    private void checkSeekable() {
        checkOpen();
        if (!canSeek()) {
            throw DotNetException.notSupported("Stream does not support seeking.");
        }
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType bytes = BYTE.arrayType();
        b.property("CanRead", BOOLEAN, s -> !stream(s).isClosed() && stream(s).canRead());
        b.property("CanWrite", BOOLEAN, s -> !stream(s).isClosed() && stream(s).canWrite());
        b.property("CanSeek", BOOLEAN, s -> !stream(s).isClosed() && stream(s).canSeek());
        b.property("Length", INT64, s -> stream(s).length());
        b.property("Position", INT64, s -> stream(s).position(),
                (s, v) -> stream(s).setPosition((Long) v));
        b.method("Read", INT32, (s, a) -> readInto(stream(s), (Byte[]) a[0], (Integer) a[1], (Integer) a[2]),
                param("buffer", bytes), param("offset", INT32), param("count", INT32));
        b.method("Write", VOID, (s, a) -> writeFrom(stream(s), (Byte[]) a[0], (Integer) a[1], (Integer) a[2]),
                param("buffer", bytes), param("offset", INT32), param("count", INT32));
        b.method("ReadByte", INT32, (s, a) -> stream(s).readByte());
        b.method("WriteByte", VOID, (s, a) -> {
            stream(s).write(new byte[] {(Byte) a[0]}, 0, 1);
            return AutomationNull.VALUE;
        }, param("value", BYTE));
        b.method("Seek", INT64, (s, a) -> stream(s).seek((Long) a[0], ((EnumValue) a[1]).value()),
                param("offset", INT64), param("origin", SEEK_ORIGIN));
        b.method("SetLength", VOID, (s, a) -> {
            stream(s).setLength((Long) a[0]);
            return AutomationNull.VALUE;
        }, param("value", INT64));
        b.method("Flush", VOID, (s, a) -> {
            stream(s).flush();
            return AutomationNull.VALUE;
        });
        b.method("CopyTo", VOID, (s, a) -> {
            stream(s).copyTo((Stream) a[0]);
            return AutomationNull.VALUE;
        }, param("destination", TYPE));
        IOTypes.defineClose(b);
    }

    private static Stream stream(Object s) {
        return (Stream) s;
    }

    /** Stream.Read(byte[], int, int) into a script's array, with .NET's argument checks. */
    private static int readInto(Stream stream, Byte[] buffer, int offset, int count) {
        checkBuffer(buffer, offset, count);
        byte[] raw = new byte[count];
        int n = stream.read(raw, 0, count);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = raw[i];
        }
        return n;
    }

    private static Object writeFrom(Stream stream, Byte[] buffer, int offset, int count) {
        checkBuffer(buffer, offset, count);
        byte[] raw = new byte[count];
        for (int i = 0; i < count; i++) {
            raw[i] = buffer[offset + i];
        }
        stream.write(raw, 0, count);
        return AutomationNull.VALUE;
    }

    private static void checkBuffer(Byte[] buffer, int offset, int count) {
        if (buffer == null) {
            throw DotNetException.argumentNull("buffer");
        }
        if (offset < 0) {
            throw DotNetException.argumentOutOfRange("offset", "Non-negative number required.");
        }
        if (count < 0 || count > buffer.length - offset) {
            throw DotNetException.argumentOutOfRange("count", "Offset and length were out of bounds for the array "
                    + "or count is greater than the number of elements from index to the end of the source "
                    + "collection.");
        }
    }
}
