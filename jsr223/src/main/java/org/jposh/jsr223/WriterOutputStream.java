package org.jposh.jsr223;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The UTF-8 bytes the language writes, decoded onto the writer the script context has at the moment
 * (javax.script lets the caller swap writers between evaluations).
 */
final class WriterOutputStream extends OutputStream {
    private final Supplier<Writer> writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Supplier<Writer> writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(length, pending.remaining());
            pending.put(bytes, offset, n);
            offset += n;
            length -= n;
            drain();
        }
    }

    /** Decodes what is complete; an incomplete UTF-8 sequence at the end waits for its next bytes. */
    private void drain() throws IOException {
        pending.flip();
        decoder.decode(pending, chars, false);
        pending.compact();
        chars.flip();
        writer.get().append(chars);
        chars.clear();
    }

    @Override
    public synchronized void flush() throws IOException {
        writer.get().flush();
    }
}
