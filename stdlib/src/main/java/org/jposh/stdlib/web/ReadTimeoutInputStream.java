package org.jposh.stdlib.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * -OperationTimeoutSeconds: each read of a response body must finish within the time given, as pwsh 7.4's
 * per-read timeout. The JDK's body stream has no timeout of its own, so each read runs on a virtual thread
 * this one waits for; a read that takes too long closes the stream and fails with {@link Expired}.
 */
final class ReadTimeoutInputStream extends FilterInputStream {
    private final Duration timeout;

    ReadTimeoutInputStream(InputStream in, Duration timeout) {
        super(in);
        this.timeout = timeout;
    }

    /** A read that did not finish in time. */
    static final class Expired extends IOException {
        final Duration timeout;

        Expired(Duration timeout) {
            super("read timed out", null);
            this.timeout = timeout;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        FutureTask<Integer> task = new FutureTask<>(() -> in.read(b, off, len));
        Thread.ofVirtual().start(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            in.close();
            throw new Expired(timeout);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }
}
