package org.jposh.interpreter.host;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jposh.interpreter.runtime.SecureString;

/**
 * A host that writes to the standard output and error streams the context was created with. The
 * embedder tells it whether those reach a terminal and how wide it is (options posh.Terminal and
 * posh.TerminalWidth); on a terminal it draws Write-Progress as a bar on the last line. It reads
 * what the user types (Read-Host) from the context's standard input; a non-interactive session
 * (posh.NonInteractive) has none, and reading fails there as in pwsh -NonInteractive.
 */
public final class StreamHost implements PSHost, PSHostUserInterface {
    private static final String WARNING_STYLE = "\u001b[33;1m";
    private static final String ERROR_STYLE = "\u001b[31;1m";
    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final boolean terminal;
    private final int width;
    private final ProgressLine progress = new ProgressLine();
    private final History history = new History();

    public StreamHost(PrintStream out, PrintStream err) {
        this(out, err, null, false, 0);
    }

    /**
     * @param in    where the user's input is read from, or null when the session is non-interactive
     * @param width the terminal's width in cells, or 0 when unknown
     */
    public StreamHost(PrintStream out, PrintStream err, InputStream in, boolean terminal, int width) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.terminal = terminal;
        this.width = width > 0 ? width : DEFAULT_WIDTH;
    }

    @Override
    public String name() {
        return "JPosh";
    }

    @Override
    public PSHostUserInterface ui() {
        return this;
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public void write(String text) {
        print(out, text, false);
    }

    @Override
    public void writeLine(String text) {
        print(out, text, true);
    }

    /** Red on a terminal, as pwsh's $PSStyle.Formatting.Error; plain when redirected. */
    @Override
    public void writeErrorLine(String text) {
        print(err, terminal ? ERROR_STYLE + text + RESET : text, true);
    }

    /** On a terminal, in pwsh's $PSStyle.Formatting colours: bold yellow for these, bold red for errors. */
    @Override
    public void writeWarningLine(String text) {
        print(out, styled(WARNING_STYLE, "WARNING: " + text), true);
    }

    @Override
    public void writeVerboseLine(String text) {
        print(out, styled(WARNING_STYLE, "VERBOSE: " + text), true);
    }

    @Override
    public void writeDebugLine(String text) {
        print(out, styled(WARNING_STYLE, "DEBUG: " + text), true);
    }

    private String styled(String style, String text) {
        return terminal ? style + text + RESET : text;
    }

    @Override
    public boolean isTerminal() {
        return terminal;
    }

    /** As pwsh's console host: VT sequences are understood unless TERM says the terminal is dumb. */
    @Override
    public boolean supportsVirtualTerminal() {
        return !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public int bufferWidth() {
        return width;
    }

    @Override
    public void writeProgress(long sourceId, ProgressRecord record) {
        if (terminal) {
            out.print(progress.update(sourceId, record, width));
            out.flush();
        }
    }

    private void print(PrintStream stream, String text, boolean newLine) {
        boolean bar = progress.isShown();
        if (bar) {
            out.print(progress.erase());
            out.flush();
        }
        if (newLine) {
            stream.println(text);
        } else {
            stream.print(text);
        }
        if (bar) {
            stream.flush();
            out.print(progress.redraw());
            out.flush();
        }
    }

    @Override
    public boolean isInteractive() {
        return in != null;
    }

    @Override
    public String readLine() {
        byte[] line = readLineBytes();
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    /**
     * On a terminal the line is read without echo from the console; otherwise from the input as
     * {@link #readLine} does, with the bytes and characters cleared once they are in the secure string.
     */
    @Override
    public SecureString readLineAsSecureString() {
        Console console = System.console();
        if (in != null && terminal && console != null) {
            char[] chars = console.readPassword();
            return chars == null ? null : secure(chars);
        }
        byte[] line = readLineBytes();
        if (line == null) {
            return null;
        }
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(line));
        char[] chars = new char[decoded.remaining()];
        decoded.get(chars);
        Arrays.fill(line, (byte) 0);
        Arrays.fill(decoded.array(), '\0');
        return secure(chars);
    }

    private static SecureString secure(char[] chars) {
        try {
            return SecureString.of(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * One line of the input without its line break (LF or CRLF), or null at its end. Bytes are read one
     * at a time so that nothing past the line is taken from input that others may read after.
     */
    private byte[] readLineBytes() {
        if (in == null) {
            throw HostException.nonInteractive();
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            out.flush();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }
}
