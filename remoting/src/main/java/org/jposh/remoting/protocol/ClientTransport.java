package org.jposh.remoting.protocol;

import java.util.UUID;
import org.jposh.remoting.psrp.PsrpMessage;

/**
 * What the client state machines ask of a transport. The operations are those every PSRP transport
 * has (OutOfProc packets, WS-Management requests); the transport does the framing, the flow control
 * and the acknowledgements, and reports back through {@link ClientRunspacePool}'s transport
 * methods. Calls must not block on I/O: the state machine makes them while it holds its lock.
 */
public interface ClientTransport {
    /** Starts the connection's reading and writing for {@code pool}, which receives what arrives; call before opening it. */
    void start(ClientRunspacePool pool);

    /**
     * Sends messages to the runspace pool (OutOfProc: {@code <Data>} for the empty GUID); messages
     * given together may share a packet.
     */
    void sendToPool(PsrpMessage... messages);

    /**
     * Creates a pipeline on the server and sends its CREATE_PIPELINE message first of all its data
     * (OutOfProc: {@code <Command>}, and after {@code <CommandAck>} the message as {@code <Data>}).
     */
    void createPipeline(UUID pipelineId, PsrpMessage createPipeline);

    /**
     * Sends a message to a pipeline; host responses travel on the prompt-response stream, which the
     * server reads ahead of other data.
     */
    void sendToPipeline(UUID pipelineId, PsrpMessage message, boolean promptResponse);

    /** Asks the server to stop a pipeline (OutOfProc: {@code <Signal>}); answered by {@code signalAcknowledged}. */
    void stopPipeline(UUID pipelineId);

    /** Releases a finished pipeline on the server (OutOfProc: {@code <Close>}); answered by {@code pipelineClosed}. */
    void closePipeline(UUID pipelineId);

    /** Closes the runspace pool (OutOfProc: {@code <Close>} for the empty GUID); answered by {@code closeAcknowledged}. */
    void closePool();

    /** Ends the connection at once, without the close handshake (after a failure). */
    void abort();
}
