package org.jposh.interpreter.runtime.io;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.TextReader: characters read through a buffer that subclasses fill ({@link StreamReader} from a
 * stream, {@link StringReader} from a string). Lines end at "\n", "\r" or "\r\n", as in .NET.
 */
public abstract class TextReader extends Disposable {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "TextReader",
            TextReader.class, CoreTypes.MARSHAL_BY_REF_OBJECT, TextReader::defineMembers));
    private static final String CLOSED = "Cannot read from a closed TextReader.";

    private char[] buffer;
    private int position;
    private int limit;

    /** A reader whose first characters are {@code buffer}'s first {@code limit}. */
    protected TextReader(char[] buffer, int limit) {
        this.buffer = buffer;
        this.limit = limit;
    }

    /** The next characters into {@code into}: how many, or -1 at the end. */
    protected abstract int fill(char[] into);

    /** Releases what the reader holds; called once. */
    protected abstract void release();

    /** The ObjectDisposedException's message (.NET names the type of some readers in it). */
    protected String closedMessage() {
        return CLOSED;
    }

    /** Forgets the characters read ahead (StreamReader.DiscardBufferedData). */
    protected final void discardBuffer() {
        position = 0;
        limit = 0;
    }

    private boolean available() {
        if (position < limit) {
            return true;
        }
        if (buffer.length == 0) {
            buffer = new char[4096];
        }
        int n = fill(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    public final int peek() {
        checkOpen();
        return available() ? buffer[position] : -1;
    }

    public final int read() {
        checkOpen();
        return available() ? buffer[position++] : -1;
    }

    /** Up to {@code count} characters (fewer only at the end); 0 at the end. */
    public final int read(char[] into, int index, int count) {
        checkOpen();
        int total = 0;
        while (total < count && available()) {
            int n = Math.min(count - total, limit - position);
            System.arraycopy(buffer, position, into, index + total, n);
            position += n;
            total += n;
        }
        return total;
    }

    /** The next line without its line ending, or null at the end. */
    public final String readLine() {
        checkOpen();
        if (!available()) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        do {
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == '\n' || c == '\r') {
                    line.append(buffer, start, position - start);
                    position++;
                    if (c == '\r' && available() && buffer[position] == '\n') {
                        position++;
                    }
                    return line.toString();
                }
                position++;
            }
            line.append(buffer, start, position - start);
        } while (available());
        return line.toString();
    }

    public final String readToEnd() {
        checkOpen();
        StringBuilder text = new StringBuilder();
        while (available()) {
            text.append(buffer, position, limit - position);
            position = limit;
        }
        return text.toString();
    }

    @Override
    public final void close() {
        if (!isClosed()) {
            markClosed();
            buffer = new char[0];
            discardBuffer();
            release();
        }
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.method("Peek", INT32, (r, a) -> reader(r).peek());
        b.method("Read", INT32, (r, a) -> reader(r).read());
        b.method("Read", INT32, (r, a) -> readInto(reader(r), (Character[]) a[0], (Integer) a[1], (Integer) a[2]),
                param("buffer", CoreTypes.CHAR.arrayType()), param("index", INT32), param("count", INT32));
        b.method("ReadLine", STRING, (r, a) -> reader(r).readLine());
        b.method("ReadToEnd", STRING, (r, a) -> reader(r).readToEnd());
        IOTypes.defineClose(b);
    }

    private static TextReader reader(Object r) {
        return (TextReader) r;
    }

    private static int readInto(TextReader reader, Character[] buffer, int index, int count) {
        IOTypes.checkCharRange(buffer, index, count);
        char[] chars = new char[count];
        int n = reader.read(chars, 0, count);
        for (int i = 0; i < n; i++) {
            buffer[index + i] = chars[i];
        }
        return n;
    }
}
