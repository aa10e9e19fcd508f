package org.jposh.remoting.server;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.protocol.SessionKey;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.remoting.psrp.messages.CreatePipeline;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.ErrorRecordMessage;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.HostInfo;
import org.jposh.remoting.psrp.messages.HostMethodId;
import org.jposh.remoting.psrp.messages.HostResponse;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.InformationalRecordMessage;
import org.jposh.remoting.psrp.messages.MessageBody;
import org.jposh.remoting.psrp.messages.PipelineOutput;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;
import org.jposh.remoting.psrp.messages.PublicKeyRequest;

/**
 * A pipeline running on the server, seen from its executor ({@link PipelineContext}) and from the
 * session (input, host responses, stop). Only the executor's thread writes; the stop request makes
 * every further call throw {@link PipelineStoppedException} and ends the waits for input and host
 * responses.
 */
final class ServerPipeline implements PipelineContext {
    /** pwsh's call id for host methods that return nothing: the client sends no response. */
    static final long VOID_CALL_ID = -100;

    private static final Object END_OF_INPUT = new Object();
    private static final Object STOPPED = new Object();
    /** How long to wait for the client's public key. */
    private static final Duration KEY_EXCHANGE_TIMEOUT = Duration.ofMinutes(1);

    private final UUID poolId;
    private final UUID id;
    private final CreatePipeline request;
    private final HostInfo host;
    private final SessionKey sessionKey;
    private final ServerSession.Sink sink;
    private final LinkedBlockingQueue<Object> input = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<HostResponse>> pendingCalls = new ConcurrentHashMap<>();
    private final AtomicLong callIds = new AtomicLong();
    private volatile boolean stopping;
    private volatile boolean finished;

    ServerPipeline(UUID poolId, UUID id, CreatePipeline request, HostInfo host, SessionKey sessionKey,
                   ServerSession.Sink sink) {
        this.poolId = poolId;
        this.id = id;
        this.request = request;
        this.host = host;
        this.sessionKey = sessionKey;
        this.sink = sink;
        if (request.noInput()) {
            input.add(END_OF_INPUT);
        }
    }

    UUID id() {
        return id;
    }

    CreatePipeline request() {
        return request;
    }

    void addInput(Object value) {
        if (!finished) {
            input.add(value);
        }
    }

    void endInput() {
        input.add(END_OF_INPUT);
    }

    void hostResponse(HostResponse response) {
        CompletableFuture<HostResponse> call = pendingCalls.remove(response.callId());
        if (call != null) {
            call.complete(response);
        }
    }

    void stop() {
        stopping = true;
        input.add(STOPPED);
        for (CompletableFuture<HostResponse> call : pendingCalls.values()) {
            call.completeExceptionally(new PipelineStoppedException());
        }
    }

    /** The executor has returned: late input is dropped. */
    void finish() {
        finished = true;
        input.clear();
    }

    @Override
    public boolean isStopping() {
        return stopping;
    }

    @Override
    public Iterator<Object> input() {
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    checkStopping();
                    try {
                        next = input.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new PipelineStoppedException();
                    }
                    if (next == STOPPED) {
                        input.add(STOPPED);
                        throw new PipelineStoppedException();
                    }
                    if (next == END_OF_INPUT) {
                        // Keep answering false to later calls.
                        input.add(END_OF_INPUT);
                    }
                }
                return next != END_OF_INPUT;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object value = next;
                next = null;
                return value;
            }
        };
    }

    @Override
    public void writeOutput(Object value) {
        send(new PipelineOutput(value));
    }

    @Override
    public void writeError(ErrorRecordData record) {
        send(new ErrorRecordMessage(record));
    }

    @Override
    public void writeWarning(String message) {
        send(InformationalRecordMessage.create(MessageType.WARNING_RECORD, message));
    }

    @Override
    public void writeVerbose(String message) {
        send(InformationalRecordMessage.create(MessageType.VERBOSE_RECORD, message));
    }

    @Override
    public void writeDebug(String message) {
        send(InformationalRecordMessage.create(MessageType.DEBUG_RECORD, message));
    }

    @Override
    public void writeProgress(ProgressRecordMessage record) {
        send(record);
    }

    @Override
    public void writeInformation(InformationRecordMessage record) {
        send(record);
    }

    @Override
    public HostInfo hostInfo() {
        return host;
    }

    @Override
    public Object hostCall(HostMethodId method, List<Object> parameters) {
        long callId = callIds.incrementAndGet();
        CompletableFuture<HostResponse> response = new CompletableFuture<>();
        pendingCalls.put(callId, response);
        try {
            send(new HostCall(MessageType.PIPELINE_HOST_CALL, callId, method, parameters));
            HostResponse answer = response.get();
            if (answer.exception() != null) {
                throw new RemotingException(answer.exception());
            }
            return answer.returnValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineStoppedException();
        } catch (ExecutionException e) {
            throw new PipelineStoppedException();
        } finally {
            pendingCalls.remove(callId);
        }
    }

    @Override
    public char[] decrypt(PsSecureString secure) {
        return sessionKey.decrypt(secure);
    }

    @Override
    public PsSecureString encrypt(char[] chars) {
        if (!sessionKey.isReady()) {
            checkStopping();
            sink.send(new PublicKeyRequest().toMessage(poolId, PsrpMessage.EMPTY_GUID));
            try {
                if (!sessionKey.awaitReady(KEY_EXCHANGE_TIMEOUT)) {
                    throw new PsrpException("ServerKeyExchangeFailed", "The client did not answer the server's request"
                            + " for its public key, so a SecureString cannot be sent.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipelineStoppedException();
            }
        }
        return sessionKey.encrypt(chars);
    }

    @Override
    public void hostCallVoid(HostMethodId method, List<Object> parameters) {
        send(new HostCall(MessageType.PIPELINE_HOST_CALL, VOID_CALL_ID, method, parameters));
    }

    private void send(MessageBody body) {
        checkStopping();
        sink.send(body.toMessage(poolId, id));
    }

    private void checkStopping() {
        if (stopping) {
            throw new PipelineStoppedException();
        }
    }
}
