package org.jposh.interpreter.runtime.io;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CompositeFormatter;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.MethodOverload;
import org.jposh.interpreter.runtime.TextEncoding;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.TextWriter: text written to what a subclass keeps ({@link StreamWriter} a stream,
 * {@link StringWriter} a string). Values are written as .NET's Write(object) writes them (IFormattable in the
 * current culture, else ToString()); lines end in NewLine, "\n" unless set.
 */
public abstract class TextWriter implements IOTypes.Disposable {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "TextWriter",
            TextWriter.class, CoreTypes.MARSHAL_BY_REF_OBJECT, TextWriter::defineMembers));
    private static final String NEW_LINE = "\n";

    private String newLine = NEW_LINE;
    private boolean closed;

    /** Keeps text; the writer is open. */
    protected abstract void append(String text);

    /** Passes on what is kept back (nothing for a string). */
    protected abstract void flushText();

    /** Releases what the writer holds; called once, after a last flush. */
    protected abstract void release();

    public abstract TextEncoding encoding();

    /** After each Write: a StreamWriter with AutoFlush flushes. */
    protected void afterWrite() {
    }

    /** The ObjectDisposedException's message (.NET names the type of some writers in it). */
    protected String closedMessage() {
        return "Cannot write to a closed TextWriter.";
    }

    public final boolean isClosed() {
        return closed;
    }

    public final void write(String text) {
        checkOpen();
        if (text != null && !text.isEmpty()) {
            append(text);
        }
        afterWrite();
    }

    public final void writeLine(String text) {
        write(text == null ? newLine : text + newLine);
    }

    public final void flush() {
        checkOpen();
        flushText();
    }

    /** Close and Dispose: what is kept back is written first; closing again does nothing. */
    @Override
    public final void close() {
        if (!closed) {
            try {
                flushText();
            } finally {
                closed = true;
                release();
            }
        }
    }

    protected final void checkOpen() {
        if (closed) {
            throw new DotNetException("System.ObjectDisposedException", closedMessage());
        }
    }

    @Override
    public String toString() {
        return DotNetType.of(this).fullName();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType chars = CoreTypes.CHAR.arrayType();
        MethodOverload.Parameter format = param("format", STRING);
        MethodOverload.Parameter arguments = param("arg", CoreTypes.OBJECT_ARRAY);
        for (boolean line : new boolean[] {false, true}) {
            String name = line ? "WriteLine" : "Write";
            if (line) {
                b.method(name, VOID, (w, a) -> written(w, "", true));
            }
            b.method(name, VOID, (w, a) -> written(w, (String) a[0], line), param("value", STRING));
            b.method(name, VOID, (w, a) -> written(w, CompositeFormatter.formatValue(a[0], null), line),
                    param("value", OBJECT));
            b.method(name, VOID, (w, a) -> written(w, text((Character[]) a[0]), line),
                    param("buffer", chars));
            b.method(name, VOID, (w, a) -> written(w, text((Character[]) a[0], (Integer) a[1], (Integer) a[2]),
                    line), param("buffer", chars), param("index", INT32), param("count", INT32));
            b.paramsMethod(name, VOID, (w, a) -> written(w, formatted((String) a[0], (Object[]) a[1]), line),
                    format, arguments);
        }
        b.method("Flush", VOID, (w, a) -> {
            ((TextWriter) w).flush();
            return AutomationNull.VALUE;
        });
        b.property("NewLine", STRING, w -> ((TextWriter) w).newLine,
                (w, v) -> ((TextWriter) w).newLine = v == null ? NEW_LINE : (String) v);
        b.property("Encoding", TextEncoding.ENCODING, w -> ((TextWriter) w).encoding());
        IOTypes.defineClose(b);
    }

    private static Object written(Object writer, String text, boolean line) {
        TextWriter w = (TextWriter) writer;
        if (line) {
            w.writeLine(text);
        } else {
            w.write(text);
        }
        return AutomationNull.VALUE;
    }

    private static String formatted(String format, Object[] arguments) {
        if (format == null) {
            throw DotNetException.argumentNull("format");
        }
        return CompositeFormatter.format(format, arguments == null ? new Object[0] : arguments);
    }

    /** Write(char[]): a null array writes nothing. */
    private static String text(Character[] buffer) {
        return buffer == null ? "" : text(buffer, 0, buffer.length);
    }

    /** Write(char[], index, count), with .NET's checks. */
    private static String text(Character[] buffer, int index, int count) {
        if (buffer == null) {
            throw DotNetException.argumentNull("buffer");
        }
        if (index < 0) {
            throw DotNetException.argumentOutOfRange("index", "Non-negative number required.");
        }
        if (count < 0) {
            throw DotNetException.argumentOutOfRange("count", "Non-negative number required.");
        }
        if (buffer.length - index < count) {
            throw DotNetException.argument("Offset and length were out of bounds for the array or count is greater "
                    + "than the number of elements from index to the end of the source collection.", null);
        }
        StringBuilder sb = new StringBuilder(count);
        for (int i = index; i < index + count; i++) {
            sb.append(buffer[i].charValue());
        }
        return sb.toString();
    }
}
