package org.jposh.remoting.psrp.outofproc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jposh.remoting.psrp.PsrpException;

/**
 * Splits the bytes read from an OutOfProc stream into packets, without doing any I/O: feed it
 * whatever the transport read, get back the complete packets. Lines end with LF or CRLF;
 * whitespace-only lines are skipped (pwsh's server ends the session on an empty line, but that is
 * the server loop's decision, see {@link #sawEmptyLine()}). A line starting with
 * {@code __NamedPipeError__:} is pwsh's way of reporting a transport error on stdout; it is raised
 * as an error with the remote message. Lines longer than the limit are refused, because the sender
 * chooses their length.
 */
public final class OutOfProcDecoder {
    /** pwsh's error-line prefix in {@code -sshs} mode. */
    public static final String ERROR_PREFIX = "__NamedPipeError__:";

    /** Default line limit: far above pwsh's 32 KiB fragments in base64. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 4 * 1024 * 1024;

    private final int maxLineLength;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean sawEmptyLine;

    public OutOfProcDecoder() {
        this(DEFAULT_MAX_LINE_LENGTH);
    }

    public OutOfProcDecoder(int maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    /** Takes the next bytes of the stream; returns the packets completed by them. */
    public List<OutOfProcPacket> feed(byte[] bytes, int offset, int length) {
        List<OutOfProcPacket> packets = new ArrayList<>(1);
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                append(bytes, start, i - start);
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                OutOfProcPacket p = lineEnded(text);
                if (p != null) {
                    packets.add(p);
                }
                start = i + 1;
            }
        }
        append(bytes, start, end - start);
        return packets;
    }

    /** Adds bytes of the current line in one go (a stream carries megabytes; byte-by-byte copying shows). */
    private void append(byte[] bytes, int offset, int length) {
        if (line.size() + length > maxLineLength) {
            throw new PsrpException("IPCLineTooLong",
                    "An OutOfProc packet is longer than the limit of " + maxLineLength + " bytes.");
        }
        line.write(bytes, offset, length);
    }

    public List<OutOfProcPacket> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /** Whether a whitespace-only line has been read (pwsh's server treats it as end of input). */
    public boolean sawEmptyLine() {
        return sawEmptyLine;
    }

    /** Whether bytes of an unfinished line are pending (at end of stream this means a truncated packet). */
    public boolean hasPartialLine() {
        return line.size() > 0;
    }

    private OutOfProcPacket lineEnded(String text) {
        if (text.isBlank()) {
            sawEmptyLine = true;
            return null;
        }
        if (text.startsWith(ERROR_PREFIX)) {
            throw new PsrpException("IPCServerProcessReportedError", "The background process reported an error with the following message: "
                    + text.substring(ERROR_PREFIX.length()).strip() + ".");
        }
        return OutOfProcPacket.parse(text);
    }
}
