package org.jposh.interpreter.host;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The console's standard output or error under its PrintStream: text reaches it as UTF-8 and leaves in the
 * encoding {@code [Console]::OutputEncoding} was set to. While that is UTF-8 (the default) bytes pass
 * straight through; otherwise complete characters are re-encoded, a character the encoding lacks as
 * {@code ?}, and the bytes of a character split between two writes wait for the rest.
 */
public final class TranscodingOutputStream extends FilterOutputStream {
    private volatile Charset charset = StandardCharsets.UTF_8;
    private CharsetDecoder decoder;
    private CharsetEncoder encoder;
    private byte[] partial = new byte[0];

    public TranscodingOutputStream(OutputStream out) {
        super(out);
    }

    /** Writes from now on in this encoding (the caller flushes the PrintStream above first). */
    public synchronized void setCharset(Charset charset) {
        this.charset = charset;
        this.partial = new byte[0];
        this.decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (charset == StandardCharsets.UTF_8) {
            out.write(b, off, len);
        } else {
            transcode(b, off, len);
        }
    }

    private synchronized void transcode(byte[] b, int off, int len) throws IOException {
        ByteBuffer input = ByteBuffer.allocate(partial.length + len).put(partial).put(b, off, len).flip();
        CharBuffer chars = CharBuffer.allocate(input.remaining());
        decoder.decode(input, chars, false);
        partial = new byte[input.remaining()];
        input.get(partial);
        ByteBuffer encoded = encoder.encode(chars.flip());
        out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
    }
}
