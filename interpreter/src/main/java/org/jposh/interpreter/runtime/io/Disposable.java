package org.jposh.interpreter.runtime.io;

import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * What .NET's IDisposable is to streams, readers and writers: closing throws only .NET exceptions, and once
 * closed, a member that needs the object open throws ObjectDisposedException with the type's message.
 */
public abstract class Disposable implements AutoCloseable {
    private boolean closed;

    @Override
    public abstract void close();

    /** The message of the ObjectDisposedException a closed object of this kind throws. */
    protected abstract String closedMessage();

    public final boolean isClosed() {
        return closed;
    }

    /** For close(): from now on the object is closed. */
    protected final void markClosed() {
        closed = true;
    }

    protected final void checkOpen() {
        if (closed) {
            throw new DotNetException("System.ObjectDisposedException", closedMessage());
        }
    }

    @Override
    public String toString() {
        return DotNetType.of(this).fullName();
    }
}
