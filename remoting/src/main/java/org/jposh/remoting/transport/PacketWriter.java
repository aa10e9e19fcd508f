package org.jposh.remoting.transport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jposh.remoting.psrp.outofproc.OutOfProcPacket;

/**
 * Writes OutOfProc packets, one line each, from any number of threads. A line is written whole
 * under the lock; the stream is flushed by the last writer of a burst (no other writer waiting),
 * so a thread streaming objects gets every line out at once while concurrent writers share flushes.
 * After the first I/O failure every write fails at once: the peer is gone.
 */
final class PacketWriter {
    private final OutputStream out;
    private final AtomicInteger waiting = new AtomicInteger();
    private IOException failure;

    PacketWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, 64 * 1024);
    }

    void write(OutOfProcPacket packet) {
        writeLine(packet.toBytes());
    }

    /** Writes one line (with its line end) as it is; the server uses it for its error line. */
    void writeLine(byte[] line) {
        waiting.incrementAndGet();
        synchronized (this) {
            try {
                if (failure != null) {
                    throw failure;
                }
                out.write(line);
                if (waiting.decrementAndGet() == 0) {
                    out.flush();
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                    waiting.set(0);
                }
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Runs {@code writes} as one burst: nothing written meanwhile, by this thread or another, is
     * flushed before they are all written.
     */
    void holdingFlush(Runnable writes) {
        waiting.incrementAndGet();
        try {
            writes.run();
        } finally {
            synchronized (this) {
                if (waiting.decrementAndGet() == 0 && failure == null) {
                    try {
                        out.flush();
                    } catch (IOException e) {
                        failure = e;
                    }
                }
            }
        }
    }

    /** Flushes what is written and closes the stream; later writes fail. */
    synchronized void close() {
        try {
            if (failure == null) {
                out.flush();
            }
        } catch (IOException e) {
            // The peer is gone; nothing more to tell it.
        } finally {
            failure = failure != null ? failure : new IOException("The OutOfProc stream is closed.");
            try {
                out.close();
            } catch (IOException e) {
                // Already closed by the peer.
            }
        }
    }
}
