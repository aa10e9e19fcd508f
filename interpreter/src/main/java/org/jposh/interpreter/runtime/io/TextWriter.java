package org.jposh.interpreter.runtime.io;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.function.Function;
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
public abstract class TextWriter extends Disposable {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "TextWriter",
            TextWriter.class, CoreTypes.MARSHAL_BY_REF_OBJECT, TextWriter::defineMembers));
    private static final String NEW_LINE = "\n";

    private String newLine = NEW_LINE;

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

    /**
     * Close and Dispose: what is kept back is written first; closing again does nothing. A writer that is not
     * {@link #closable} only flushes.
     */
    @Override
    public final void close() {
        if (!isClosed()) {
            try {
                flushText();
            } finally {
                if (closable()) {
                    markClosed();
                    release();
                }
            }
        }
    }

    /**
     * False for a writer that stays usable after Close, as .NET's StreamWriter made to leave its stream open
     * (the console's) does.
     */
    protected boolean closable() {
        return true;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        defineWrites(b, false, w -> (TextWriter) w);
        b.method("Flush", VOID, (w, a) -> {
            ((TextWriter) w).flush();
            return AutomationNull.VALUE;
        });
        b.property("NewLine", STRING, w -> ((TextWriter) w).newLine,
                (w, v) -> ((TextWriter) w).newLine = v == null ? NEW_LINE : (String) v);
        b.property("Encoding", TextEncoding.ENCODING, w -> ((TextWriter) w).encoding());
        IOTypes.defineClose(b);
    }

    /**
     * Write and WriteLine with .NET's overloads, writing to the writer {@code writer} finds for the target:
     * TextWriter's own methods, and Console's static ones, which write to Console.Out.
     */
    public static void defineWrites(TypeAdapter.Builder b, boolean statics, Function<Object, TextWriter> writer) {
        DotNetType chars = CoreTypes.CHAR.arrayType();
        for (boolean line : new boolean[] {false, true}) {
            WriteOverloads overloads = new WriteOverloads(b, statics, line, writer);
            if (line) {
                overloads.add(a -> "");
            }
            overloads.add(a -> (String) a[0], param("value", STRING));
            overloads.add(a -> CompositeFormatter.formatValue(a[0], null), param("value", OBJECT));
            overloads.add(a -> text((Character[]) a[0]), param("buffer", chars));
            overloads.add(a -> text((Character[]) a[0], (Integer) a[1], (Integer) a[2]), param("buffer", chars),
                    param("index", INT32), param("count", INT32));
            overloads.add(a -> formatted((String) a[0], new Object[] {a[1]}), param("format", STRING),
                    param("arg0", OBJECT));
            overloads.add(a -> formatted((String) a[0], new Object[] {a[1], a[2]}), param("format", STRING),
                    param("arg0", OBJECT), param("arg1", OBJECT));
            overloads.add(a -> formatted((String) a[0], new Object[] {a[1], a[2], a[3]}), param("format", STRING),
                    param("arg0", OBJECT), param("arg1", OBJECT), param("arg2", OBJECT));
            overloads.addParams(a -> formatted((String) a[0], (Object[]) a[1]), param("format", STRING),
                    param("arg", CoreTypes.OBJECT_ARRAY));
        }
    }

    /** The overloads of Write, or of WriteLine, as instance or static methods. */
    private record WriteOverloads(TypeAdapter.Builder b, boolean statics, boolean line,
                                  Function<Object, TextWriter> writer) {
        void add(Function<Object[], String> text, MethodOverload.Parameter... parameters) {
            if (statics) {
                b.staticMethod(name(), VOID, invoker(text), parameters);
            } else {
                b.method(name(), VOID, invoker(text), parameters);
            }
        }

        void addParams(Function<Object[], String> text, MethodOverload.Parameter... parameters) {
            if (statics) {
                b.staticParamsMethod(name(), VOID, invoker(text), parameters);
            } else {
                b.paramsMethod(name(), VOID, invoker(text), parameters);
            }
        }

        private String name() {
            return line ? "WriteLine" : "Write";
        }

        private MethodOverload.Invoker invoker(Function<Object[], String> text) {
            return (t, a) -> {
                TextWriter w = writer.apply(t);
                if (line) {
                    w.writeLine(text.apply(a));
                } else {
                    w.write(text.apply(a));
                }
                return AutomationNull.VALUE;
            };
        }
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
        IOTypes.checkCharRange(buffer, index, count);
        StringBuilder sb = new StringBuilder(count);
        for (int i = index; i < index + count; i++) {
            sb.append(buffer[i].charValue());
        }
        return sb.toString();
    }
}
