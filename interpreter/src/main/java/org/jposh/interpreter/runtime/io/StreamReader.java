package org.jposh.interpreter.runtime.io;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TextEncoding;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.IO.StreamReader: text decoded from a {@link Stream}. As in .NET, the encoding is UTF-8 unless one is
 * given, and a byte-order mark at the start of the stream (UTF-8, UTF-16 or UTF-32, either byte order) picks
 * the encoding instead, unless detection is turned off; the given encoding's own mark is skipped either way.
 * Closing the reader closes the stream.
 */
public final class StreamReader extends TextReader {
    public static final DotNetType TYPE = IOTypes.registered(CoreTypes.define("System.IO", "StreamReader",
            StreamReader.class, TextReader.TYPE, StreamReader::defineMembers));

    private Stream stream;
    private TextEncoding encoding;
    private final boolean detectEncoding;
    private boolean atStart = true;
    private Reader decoder;

    public StreamReader(Stream stream, TextEncoding encoding, boolean detectEncoding) {
        super(new char[0], 0);
        if (stream == null) {
            throw DotNetException.argumentNull("stream");
        }
        if (encoding == null) {
            throw DotNetException.argumentNull("encoding");
        }
        if (stream.isClosed() || !stream.canRead()) {
            throw new DotNetException("System.ArgumentException", "Stream was not readable.");
        }
        this.stream = stream;
        this.encoding = encoding;
        this.detectEncoding = detectEncoding;
    }

    /** File.OpenText and new StreamReader(path): the file opened for reading, others may read it too. */
    public static StreamReader open(Path path, TextEncoding encoding, boolean detectEncoding) {
        if (encoding == null) {
            throw DotNetException.argumentNull("encoding");
        }
        return new StreamReader(FileStream.openRead(path), encoding, detectEncoding);
    }

    public TextEncoding currentEncoding() {
        return encoding;
    }

    @Override
    protected int fill(char[] into) {
        try {
            if (decoder == null) {
                decoder = new InputStreamReader(atStart ? afterByteOrderMark() : stream.inputStream(),
                        encoding.charset());
                atStart = false;
            }
            return decoder.read(into);
        } catch (IOException e) {
            throw new DotNetException("System.IO.IOException", e.getMessage());
        }
    }

    /** The stream from its first bytes on, after a byte-order mark (which may choose the encoding). */
    private java.io.InputStream afterByteOrderMark() {
        byte[] head = new byte[4];
        int n = 0;
        int read;
        while (n < head.length && (read = stream.read(head, n, head.length - n)) > 0) {
            n += read;
        }
        TextEncoding marked = detectEncoding ? TextEncoding.fromByteOrderMark(head, n) : null;
        if (marked != null) {
            encoding = marked;
        }
        byte[] mark = encoding.byteOrderMark();
        int skip = startsWith(head, n, mark) ? mark.length : 0;
        return new SequenceInputStream(new ByteArrayInputStream(head, skip, n - skip), stream.inputStream());
    }

    private static boolean startsWith(byte[] head, int length, byte[] prefix) {
        if (prefix.length == 0 || length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** DiscardBufferedData: after the script moves the stream's position, reading starts there. */
    public void discardBufferedData() {
        discardBuffer();
        decoder = null;
    }

    @Override
    protected void release() {
        Stream s = stream;
        stream = null;
        decoder = null;
        s.close();
    }

    @Override
    protected String closedMessage() {
        return super.closedMessage() + "\nObject name: 'StreamReader'.";
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        DotNetType encodingType = TextEncoding.ENCODING;
        TextEncoding utf8 = TextEncoding.CONSOLE_DEFAULT;
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), utf8, true), param("path", STRING));
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), utf8, (Boolean) a[1]),
                param("path", STRING), param("detectEncodingFromByteOrderMarks", BOOLEAN));
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), (TextEncoding) a[1], true),
                param("path", STRING), param("encoding", encodingType));
        b.constructor((t, a) -> open(FileOperations.path(a[0], "path"), (TextEncoding) a[1], (Boolean) a[2]),
                param("path", STRING), param("encoding", encodingType),
                param("detectEncodingFromByteOrderMarks", BOOLEAN));
        b.constructor((t, a) -> new StreamReader((Stream) a[0], utf8, true), param("stream", Stream.TYPE));
        b.constructor((t, a) -> new StreamReader((Stream) a[0], utf8, (Boolean) a[1]), param("stream", Stream.TYPE),
                param("detectEncodingFromByteOrderMarks", BOOLEAN));
        b.constructor((t, a) -> new StreamReader((Stream) a[0], (TextEncoding) a[1], true),
                param("stream", Stream.TYPE), param("encoding", encodingType));
        b.constructor((t, a) -> new StreamReader((Stream) a[0], (TextEncoding) a[1], (Boolean) a[2]),
                param("stream", Stream.TYPE), param("encoding", encodingType),
                param("detectEncodingFromByteOrderMarks", BOOLEAN));
        b.property("BaseStream", Stream.TYPE, r -> ((StreamReader) r).stream);
        b.property("CurrentEncoding", encodingType, r -> ((StreamReader) r).encoding);
        b.property("EndOfStream", BOOLEAN, r -> ((StreamReader) r).peek() < 0);
        b.method("DiscardBufferedData", CoreTypes.VOID, (r, a) -> {
            ((StreamReader) r).discardBufferedData();
            return null;
        });
    }
}
