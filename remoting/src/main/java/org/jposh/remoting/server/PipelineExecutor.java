package org.jposh.remoting.server;

import org.jposh.remoting.psrp.clixml.PsDictionary;

/**
 * The PowerShell engine behind a server runspace pool: it runs the pipelines a client sends. The
 * remoting server owns the protocol and the threads; an executor only runs one pipeline at a time
 * per call of {@link #invoke}, on the thread that calls it, and may be called from several threads
 * at once when the client allows more than one runspace. The interpreter implements it (the shell's
 * {@code -s} and {@code -sshs} modes plug it in).
 */
public interface PipelineExecutor extends AutoCloseable {
    /** Opens the engine for one runspace pool; one executor serves one pool, from open to close. */
    interface Factory {
        /** Opens an executor; an exception breaks the pool, and its message reaches the client. */
        PipelineExecutor open(RunspacePoolRequest request) throws Exception;
    }

    /**
     * The engine's PSVersionTable entries, sent to the client when the pool opens (APPLICATION_PRIVATE_DATA).
     * The server replaces PSRemotingProtocolVersion and SerializationVersion with the negotiated ones.
     */
    PsDictionary versionTable();

    /**
     * Runs one pipeline to its end. Returning normally completes it; throwing fails it (a
     * {@link PipelineFailedException} carries the error record to send); once the client stops the
     * pipeline, {@link PipelineContext} methods throw {@link PipelineStoppedException}, which ends
     * it Stopped, however the method then ends.
     */
    void invoke(PipelineRequest request, PipelineContext context) throws Exception;

    /** Releases the engine when its pool closes. */
    @Override
    void close();
}
