package org.jposh.interpreter.runtime.io;

import java.io.PrintStream;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TextEncoding;

/**
 * System.IO.SyncTextWriter as Console.Out and Console.Error are: text written to the session's standard output
 * or error, flushed at each write (.NET's console writer is a StreamWriter with AutoFlush). That StreamWriter
 * leaves the console's stream open, so Close and Dispose only flush and later writes still go out.
 */
public final class SyncTextWriter extends TextWriter {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "SyncTextWriter",
            SyncTextWriter.class, TextWriter.TYPE, null));

    private final PrintStream stream;
    private final TextEncoding encoding;

    /** A writer to {@code stream}, which writes in the console's output encoding, {@code encoding}. */
    public SyncTextWriter(PrintStream stream, TextEncoding encoding) {
        this.stream = stream;
        this.encoding = encoding;
    }

    @Override
    public TextEncoding encoding() {
        return encoding;
    }

    @Override
    protected void append(String text) {
        stream.print(text);
    }

    @Override
    protected void flushText() {
        stream.flush();
    }

    @Override
    protected void afterWrite() {
        stream.flush();
    }

    @Override
    protected boolean closable() {
        return false;
    }

    /** Never called: the writer is not closable. */
    @Override
    protected void release() {
    }
}
