package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;

import java.io.IOException;
import java.io.PrintStream;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.io.TextReader;
import org.jposh.interpreter.runtime.io.TextWriter;

/**
 * System.Console: text written straight to the session's standard output and error (the context's
 * streams, so an embedder captures it), not to the pipeline, and lines read from its standard input, through
 * the session's Console.Out and Console.In (see {@link PoshContext#consoleOut}), as .NET's Write and ReadLine do.
 * As .NET on Unix, the colours are the process's: setting one on a terminal writes its ANSI sequence at
 * once, so later writes have it, and reading one that was never set gives -1 (unknown). OutputEncoding is
 * what standard output and error are written in from then on; InputEncoding what ReadLine decodes.
 */
final class ConsoleMembers {
    static final DotNetType TYPE = CoreTypes.define("System", "Console", null, ConsoleMembers::define);
    static final DotNetType CONSOLE_COLOR = CoreTypes.defineEnum("System", "ConsoleColor", false, "Black",
            "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue",
            "Green", "Cyan", "Red", "Magenta", "Yellow", "White");
    /** The ANSI foreground code of each ConsoleColor; background codes are 10 more. */
    private static final int[] ANSI = {30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97};
    private static final EnumValue UNKNOWN_COLOR = new EnumValue(CONSOLE_COLOR, -1);

    private static volatile EnumValue foreground = UNKNOWN_COLOR;
    private static volatile EnumValue background = UNKNOWN_COLOR;

    static {
        CoreTypes.register(TYPE);
    }

    private ConsoleMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        TextWriter.defineWrites(b, true, t -> PoshContext.entered().consoleOut());
        b.staticProperty("Out", TextWriter.TYPE, () -> PoshContext.entered().consoleOut());
        b.staticProperty("Error", TextWriter.TYPE, () -> PoshContext.entered().consoleError());
        b.staticProperty("In", TextReader.TYPE, () -> PoshContext.entered().consoleIn());
        b.staticMethod("ReadLine", STRING, (t, a) -> PoshContext.entered().consoleIn().readLine());
        b.staticProperty("ForegroundColor", CONSOLE_COLOR, () -> foreground, ConsoleMembers::setForeground);
        b.staticProperty("BackgroundColor", CONSOLE_COLOR, () -> background, ConsoleMembers::setBackground);
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

    /** An escape sequence for the terminal; nothing when the output is not one, as .NET writes none then. */
    /** Console.ForegroundColor, which $Host.UI.RawUI.ForegroundColor is too. */
    static EnumValue foreground() {
        return foreground;
    }

    static void setForeground(Object value) {
        foreground = (EnumValue) value;
        writeSequence("\u001b[" + ANSI[(int) foreground.value()] + "m");
    }

    static EnumValue background() {
        return background;
    }

    static void setBackground(Object value) {
        background = (EnumValue) value;
        writeSequence("\u001b[" + (ANSI[(int) background.value()] + 10) + "m");
    }

    static void writeSequence(String sequence) {
        if (isTerminal()) {
            PrintStream out = PoshContext.entered().out();
            out.print(sequence);
            out.flush();
        }
    }

    private static boolean isTerminal() {
        return PoshContext.entered().host().ui().isTerminal();
    }

    static int width() {
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
}
