package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.jposh.interpreter.PoshContext;

/**
 * System.Console: text written straight to the session's standard output and error (the context's
 * streams, so an embedder captures it), not to the pipeline, and lines read from its standard input.
 * As .NET on Unix, the colours are the process's: setting one on a terminal writes its ANSI sequence at
 * once, so later writes have it, and reading one that was never set gives -1 (unknown). OutputEncoding is
 * what standard output and error are written in from then on; InputEncoding what ReadLine decodes.
 */
final class ConsoleMembers {
    static final DotNetType TYPE = CoreTypes.define("System", "Console", null, ConsoleMembers::define);
    static final DotNetType CONSOLE_COLOR = CoreTypes.defineEnum("System", "ConsoleColor", false, "Black",
            "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue",
            "Green", "Cyan", "Red", "Magenta", "Yellow", "White");
    /**
     * What Console.Out/Error and Console.In are in .NET: SyncTextWriter and SyncTextReader (the names only; they do
     * not derive from the TextWriter and TextReader of {@link org.jposh.interpreter.runtime.io}).
     */
    static final DotNetType TEXT_WRITER = CoreTypes.define("System.IO", "SyncTextWriter", Writer.class,
            CoreTypes.MARSHAL_BY_REF_OBJECT, ConsoleMembers::defineWriter);
    static final DotNetType TEXT_READER = CoreTypes.define("System.IO", "SyncTextReader", Reader.class,
            CoreTypes.MARSHAL_BY_REF_OBJECT, ConsoleMembers::defineReader);
    /** The ANSI foreground code of each ConsoleColor; background codes are 10 more. */
    private static final int[] ANSI = {30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97};
    private static final EnumValue UNKNOWN_COLOR = new EnumValue(CONSOLE_COLOR, -1);

    private static volatile EnumValue foreground = UNKNOWN_COLOR;
    private static volatile EnumValue background = UNKNOWN_COLOR;

    static {
        CoreTypes.register(TYPE);
        CoreTypes.register(TEXT_WRITER);
        CoreTypes.register(TEXT_READER);
    }

    private ConsoleMembers() {
    }

    /** Console.Out or Console.Error. */
    record Writer(boolean error) {
        PrintStream stream() {
            PoshContext context = PoshContext.entered();
            return error ? context.err() : context.out();
        }

        @Override
        public String toString() {
            return "System.IO.SyncTextWriter";
        }
    }

    /** Console.In. */
    record Reader() {
        @Override
        public String toString() {
            return "System.IO.SyncTextReader";
        }
    }

    static void define(TypeAdapter.Builder b) {
        Writer out = new Writer(false);
        defineWrites(b, true, out);
        b.staticProperty("Out", TEXT_WRITER, () -> out);
        b.staticProperty("Error", TEXT_WRITER, () -> new Writer(true));
        b.staticProperty("In", TEXT_READER, Reader::new);
        b.staticMethod("ReadLine", STRING, (t, a) -> readLine());
        b.staticProperty("ForegroundColor", CONSOLE_COLOR, () -> foreground, value -> {
            foreground = (EnumValue) value;
            writeSequence("\u001b[" + ANSI[(int) foreground.value()] + "m");
        });
        b.staticProperty("BackgroundColor", CONSOLE_COLOR, () -> background, value -> {
            background = (EnumValue) value;
            writeSequence("\u001b[" + (ANSI[(int) background.value()] + 10) + "m");
        });
        b.staticMethod("ResetColor", VOID, (t, a) -> {
            foreground = UNKNOWN_COLOR;
            background = UNKNOWN_COLOR;
            writeSequence("\u001b[0m");
            return AutomationNull.VALUE;
        });
        b.staticProperty("OutputEncoding", TextEncoding.ENCODING, () -> PoshContext.entered().outputEncoding(),
                value -> PoshContext.entered().setOutputEncoding(encoding(value)));
        b.staticProperty("InputEncoding", TextEncoding.ENCODING, () -> PoshContext.entered().inputEncoding(),
                value -> PoshContext.entered().setInputEncoding(encoding(value)));
        b.staticProperty("WindowWidth", INT32, ConsoleMembers::width);
        b.staticProperty("BufferWidth", INT32, ConsoleMembers::width);
        b.staticProperty("IsOutputRedirected", BOOLEAN, () -> !isTerminal());
        b.staticProperty("IsErrorRedirected", BOOLEAN, () -> !isTerminal());
        b.staticProperty("IsInputRedirected", BOOLEAN, () -> !isTerminal());
        b.staticProperty("KeyAvailable", BOOLEAN, ConsoleMembers::keyAvailable);
        b.staticProperty("Title", STRING, () -> {
            throw new DotNetException("System.PlatformNotSupportedException",
                    "Operation is not supported on this platform.");
        }, value -> writeSequence("\u001b]0;" + value + "\u0007"));
    }

    /** The console writes no byte-order mark, whatever encoding it is given (.NET strips the preamble). */
    private static TextEncoding encoding(Object value) {
        if (value == null) {
            throw DotNetException.argumentNull("value");
        }
        TextEncoding encoding = (TextEncoding) value;
        return new TextEncoding(encoding.type(), encoding.charset(), encoding.codePage(), encoding.webName(),
                encoding.encodingName(), encoding.windowsCodePage(), false);
    }

    /**
     * Write and WriteLine with .NET's overloads: a value (written as its ToString in the current culture),
     * a composite format with its arguments, and for WriteLine none at all.
     */
    private static void defineWrites(TypeAdapter.Builder b, boolean statics, Writer fixed) {
        for (boolean line : new boolean[] {false, true}) {
            String name = line ? "WriteLine" : "Write";
            if (line) {
                add(b, statics, name, (t, a) -> write(writer(t, fixed), "", true));
            }
            add(b, statics, name, (t, a) -> write(writer(t, fixed), CompositeFormatter.formatValue(a[0], null), line),
                    param("value", OBJECT));
            add(b, statics, name, (t, a) -> write(writer(t, fixed), a[0] == null ? "" : (String) a[0], line),
                    param("value", STRING));
            addParams(b, statics, name, (t, a) -> write(writer(t, fixed), CompositeFormatter.format((String) a[0],
                    (Object[]) a[1]), line), param("format", STRING), param("arg", OBJECT_ARRAY));
        }
    }

    private static Writer writer(Object target, Writer fixed) {
        return target instanceof Writer w ? w : fixed;
    }

    private static void add(TypeAdapter.Builder b, boolean statics, String name, MethodOverload.Invoker invoker,
                            MethodOverload.Parameter... parameters) {
        if (statics) {
            b.staticMethod(name, VOID, invoker, parameters);
        } else {
            b.method(name, VOID, invoker, parameters);
        }
    }

    private static void addParams(TypeAdapter.Builder b, boolean statics, String name,
                                  MethodOverload.Invoker invoker, MethodOverload.Parameter... parameters) {
        if (statics) {
            b.staticParamsMethod(name, VOID, invoker, parameters);
        } else {
            b.paramsMethod(name, VOID, invoker, parameters);
        }
    }

    private static void defineWriter(TypeAdapter.Builder b) {
        defineWrites(b, false, null);
        b.method("Flush", VOID, (t, a) -> {
            ((Writer) t).stream().flush();
            return AutomationNull.VALUE;
        });
        b.property("NewLine", STRING, t -> "\n");
    }

    private static void defineReader(TypeAdapter.Builder b) {
        b.method("ReadLine", STRING, (t, a) -> readLine());
        b.method("ReadToEnd", STRING, (t, a) -> readToEnd());
    }

    private static Object write(Writer writer, String text, boolean line) {
        PrintStream stream = writer.stream();
        if (line) {
            stream.print(text + "\n");
        } else {
            stream.print(text);
        }
        stream.flush();
        return AutomationNull.VALUE;
    }

    /** An escape sequence for the terminal; nothing when the output is not one, as .NET writes none then. */
    private static void writeSequence(String sequence) {
        if (isTerminal()) {
            PrintStream out = PoshContext.entered().out();
            out.print(sequence);
            out.flush();
        }
    }

    private static boolean isTerminal() {
        return PoshContext.entered().host().ui().isTerminal();
    }

    private static int width() {
        return PoshContext.entered().host().ui().bufferWidth();
    }

    private static boolean keyAvailable() {
        if (!isTerminal()) {
            throw DotNetException.invalidOperation("Cannot see if a key has been pressed when either application "
                    + "does not have a console or when console input has been redirected from a file. Try "
                    + "Console.In.Peek.");
        }
        try {
            return PoshContext.entered().in().available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * One line of standard input without its line break, or null at its end; bytes are read one at a time
     * so that nothing past the line is taken from input that Read-Host may read after.
     */
    private static String readLine() {
        InputStream in = PoshContext.entered().in();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            PoshContext.entered().out().flush();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                line.write(c);
            }
            if (c < 0 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = line.toString(PoshContext.entered().inputEncoding().charset());
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String readToEnd() {
        try {
            return new String(PoshContext.entered().in().readAllBytes(), PoshContext.entered().inputEncoding().charset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
