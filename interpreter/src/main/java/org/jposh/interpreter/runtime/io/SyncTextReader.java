package org.jposh.interpreter.runtime.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * System.IO.SyncTextReader as Console.In is: the session's standard input, decoded in the console's input
 * encoding. The input is taken a line at a time, byte by byte, so that nothing past the line a script reads is
 * taken from input that Read-Host reads after. Closing it does what it does in .NET when input is redirected
 * (a StreamReader that leaves the stream open): the stream stays open, and later reads throw.
 */
public final class SyncTextReader extends TextReader {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "SyncTextReader",
            SyncTextReader.class, TextReader.TYPE, null));

    private final InputStream in;
    private final Charset charset;
    private final PrintStream prompt;
    /** The line taken from the input, of which the first {@code taken} characters are in the buffer. */
    private String line = "";
    private int taken;

    /** A reader of {@code in} decoding {@code charset}; {@code prompt} is flushed before it waits for input. */
    public SyncTextReader(InputStream in, Charset charset, PrintStream prompt) {
        super(new char[0], 0);
        this.in = in;
        this.charset = charset;
        this.prompt = prompt;
    }

    @Override
    protected int fill(char[] into) {
        if (taken == line.length()) {
            String next = nextLine();
            if (next == null) {
                return -1;
            }
            line = next;
            taken = 0;
        }
        int n = Math.min(into.length, line.length() - taken);
        line.getChars(taken, taken + n, into, 0);
        taken += n;
        return n;
    }

    /** The next line of the input with its "\n", or null at the end of the input. */
    private String nextLine() {
        prompt.flush();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            int c;
            do {
                c = in.read();
                if (c >= 0) {
                    bytes.write(c);
                }
            } while (c >= 0 && c != '\n');
        } catch (IOException e) {
            throw new DotNetException("System.IO.IOException", e.getMessage());
        }
        return bytes.size() == 0 ? null : bytes.toString(charset);
    }

    /** The console's input stays open. */
    @Override
    protected void release() {
    }

    @Override
    protected String closedMessage() {
        return super.closedMessage() + "\nObject name: 'StreamReader'.";
    }
}
