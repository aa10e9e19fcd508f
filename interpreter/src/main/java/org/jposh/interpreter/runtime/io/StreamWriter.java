package org.jposh.interpreter.runtime.io;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TextEncoding;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.StreamWriter: text encoded onto a {@link Stream}, UTF-8 without a byte-order mark unless an
 * encoding is given. As in .NET, an encoding's byte-order mark is written when the stream is at its start
 * (not when appending to a file that has content), text is kept back until Flush, Close/Dispose or
 * AutoFlush, and closing the writer closes the stream; a writer never closed loses what it kept back.
 */
public final class StreamWriter extends TextWriter {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "StreamWriter",
            StreamWriter.class, TextWriter.TYPE, StreamWriter::defineMembers));

    private final Stream stream;
    private final TextEncoding encoding;
    private final Writer encoder;
    private boolean autoFlush;
    private boolean preamblePending;

    public StreamWriter(Stream stream, TextEncoding encoding) {
        if (stream == null) {
            throw DotNetException.argumentNull("stream");
        }
        if (encoding == null) {
            throw DotNetException.argumentNull("encoding");
        }
        if (stream.isClosed() || !stream.canWrite()) {
            throw new DotNetException("System.ArgumentException", "Stream was not writable.");
        }
        this.stream = stream;
        this.encoding = encoding;
        this.preamblePending = encoding.byteOrderMark().length > 0 && (!stream.canSeek() || stream.position() == 0);
        this.encoder = new OutputStreamWriter(new PreambleFirst(stream.outputStream()), encoding.charset());
    }

    /** new StreamWriter(path, append, encoding), File.CreateText and File.AppendText. */
    public static StreamWriter open(Path path, boolean append, TextEncoding encoding) {
        if (encoding == null) {
            throw DotNetException.argumentNull("encoding");
        }
        return new StreamWriter(FileStream.open(path, append ? FileStream.APPEND : FileStream.CREATE,
                FileStream.WRITE, FileStream.SHARE_READ), encoding);
    }

    @Override
    public TextEncoding encoding() {
        return encoding;
    }

    @Override
    protected void append(String text) {
        try {
            encoder.write(text);
        } catch (IOException e) {
            throw new DotNetException("System.IO.IOException", e.getMessage());
        }
    }

    @Override
    protected void flushText() {
        try {
            encoder.flush();
        } catch (IOException e) {
            throw new DotNetException("System.IO.IOException", e.getMessage());
        }
    }

    @Override
    protected void afterWrite() {
        if (autoFlush) {
            flushText();
        }
    }

    @Override
    protected void release() {
        stream.close();
    }

    @Override
    protected String closedMessage() {
        return super.closedMessage() + "\nObject name: 'StreamWriter'.";
    }

    /** The stream with the byte-order mark written before the first bytes, or at the first flush. */
    private final class PreambleFirst extends OutputStream {
        private final OutputStream out;

        PreambleFirst(OutputStream out) {
            this.out = out;
        }

        private void preamble() throws IOException {
            if (preamblePending) {
                preamblePending = false;
                out.write(encoding.byteOrderMark());
            }
        }

        @Override
        public void write(int b) throws IOException {
            preamble();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            preamble();
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            preamble();
            out.flush();
        }
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType encodingType = TextEncoding.ENCODING;
        TextEncoding utf8 = TextEncoding.CONSOLE_DEFAULT;
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), false, utf8), param("path", STRING));
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), (Boolean) a[1], utf8),
                param("path", STRING), param("append", BOOLEAN));
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), (Boolean) a[1], (TextEncoding) a[2]),
                param("path", STRING), param("append", BOOLEAN), param("encoding", encodingType));
        b.constructor((t, a) -> new StreamWriter((Stream) a[0], utf8), param("stream", Stream.TYPE));
        b.constructor((t, a) -> new StreamWriter((Stream) a[0], (TextEncoding) a[1]), param("stream", Stream.TYPE),
                param("encoding", encodingType));
        b.property("AutoFlush", BOOLEAN, w -> ((StreamWriter) w).autoFlush, (w, v) -> {
            StreamWriter writer = (StreamWriter) w;
            writer.checkOpen();
            writer.autoFlush = (Boolean) v;
            if (writer.autoFlush) {
                writer.flushText();
            }
        });
        b.property("BaseStream", Stream.TYPE, w -> ((StreamWriter) w).stream);
    }
}
