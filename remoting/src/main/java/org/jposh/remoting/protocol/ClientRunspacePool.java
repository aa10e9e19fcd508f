package org.jposh.remoting.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jposh.remoting.psrp.Destination;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.messages.ApartmentState;
import org.jposh.remoting.psrp.messages.ApplicationPrivateData;
import org.jposh.remoting.psrp.messages.CreatePipeline;
import org.jposh.remoting.psrp.messages.EncryptedSessionKey;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.HostInfo;
import org.jposh.remoting.psrp.messages.HostResponse;
import org.jposh.remoting.psrp.messages.InitRunspacePool;
import org.jposh.remoting.psrp.messages.Messages;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PSThreadOptions;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.psrp.messages.PublicKey;
import org.jposh.remoting.psrp.messages.RunspacePoolState;
import org.jposh.remoting.psrp.messages.RunspacePoolStateInfo;
import org.jposh.remoting.psrp.messages.SessionCapability;

/**
 * The client side of a runspace pool, sans I/O: it turns calls (open, run a pipeline, close) into
 * messages for a {@link ClientTransport}, and received messages into {@link RunspacePoolListener}
 * and {@link PipelineListener} events. The sequence is pwsh's (RemoteRunspacePoolInternal,
 * ClientRemoteSession):
 *
 * <ol>
 *   <li>{@link #open}: BeforeOpen to Opening; SESSION_CAPABILITY and INIT_RUNSPACEPOOL go out together.</li>
 *   <li>The server's SESSION_CAPABILITY is checked ({@link Negotiation#checkServer}); a refusal breaks the pool.</li>
 *   <li>APPLICATION_PRIVATE_DATA is kept; RUNSPACEPOOL_STATE Opened opens the pool, Broken breaks it.</li>
 *   <li>{@link #close}: Opened to Closing; the transport's close acknowledgement makes it Closed.</li>
 * </ol>
 *
 * A transport failure breaks the pool ({@link #transportFailed}), and every pipeline not yet
 * finished fails with the same reason: nothing waits forever. All methods are synchronized; the
 * listeners run under the lock.
 */
public final class ClientRunspacePool {
    /** What the client asks for in INIT_RUNSPACEPOOL. {@code applicationArguments} is a PSPrimitiveDictionary or null. */
    public record Settings(int minRunspaces, int maxRunspaces, HostInfo hostInfo, Object applicationArguments) {
        public Settings {
            Objects.requireNonNull(hostInfo, "hostInfo");
            if (minRunspaces < 1 || maxRunspaces < minRunspaces) {
                throw new IllegalArgumentException("Invalid runspace counts " + minRunspaces + ".." + maxRunspaces);
            }
        }

        /** One runspace, no host: what a non-interactive client needs. */
        public static Settings defaults() {
            return new Settings(1, 1, HostInfo.noHost(), null);
        }
    }

    private final UUID id;
    private final Settings settings;
    private final ClientTransport transport;
    private final RunspacePoolListener listener;
    private final Map<UUID, ClientPipeline> pipelines = new LinkedHashMap<>();
    private final SessionCapability capability = SessionCapability.current();
    private final SessionKey sessionKey = new SessionKey();
    private boolean keyExchangeStarted;

    private RunspacePoolState state = RunspacePoolState.BEFORE_OPEN;
    private ErrorRecordData reason;
    private SessionCapability serverCapability;
    private ApplicationPrivateData privateData;

    public ClientRunspacePool(UUID id, Settings settings, ClientTransport transport, RunspacePoolListener listener) {
        this.id = Objects.requireNonNull(id, "id");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public UUID id() {
        return id;
    }

    public synchronized RunspacePoolState state() {
        return state;
    }

    /** Why the pool broke (or why the server closed it), or null. */
    public synchronized ErrorRecordData reason() {
        return reason;
    }

    /** The server's capability once received, else null. */
    public synchronized SessionCapability serverCapability() {
        return serverCapability;
    }

    /** The server's private data (its PSVersionTable) once received, else null. */
    public synchronized ApplicationPrivateData applicationPrivateData() {
        return privateData;
    }

    /** The key of the session's SecureStrings, ready once the server has answered {@link #startKeyExchange}. */
    public SessionKey sessionKey() {
        return sessionKey;
    }

    /**
     * Sends the client's public key (PUBLIC_KEY), once, as pwsh does the first time it has a SecureString
     * to encrypt or decrypt; the listener hears {@link RunspacePoolListener#sessionKeyReady} when the
     * server's ENCRYPTED_SESSION_KEY has arrived.
     */
    public synchronized void startKeyExchange() {
        if (!keyExchangeStarted && state == RunspacePoolState.OPENED) {
            keyExchangeStarted = true;
            transport.sendToPool(new PublicKey(sessionKey.publicKey()).toMessage(id, PsrpMessage.EMPTY_GUID));
        }
    }

    /**
     * Starts opening: sends SESSION_CAPABILITY and INIT_RUNSPACEPOOL in one go, as pwsh does. A pool
     * whose transport already failed stays Broken.
     */
    public synchronized void open() {
        if (state == RunspacePoolState.BROKEN) {
            return;
        }
        requireState("open", RunspacePoolState.BEFORE_OPEN);
        setState(RunspacePoolState.OPENING, null);
        InitRunspacePool init = new InitRunspacePool(settings.minRunspaces(), settings.maxRunspaces(), PSThreadOptions.DEFAULT,
                ApartmentState.UNKNOWN, settings.hostInfo(), settings.applicationArguments());
        transport.sendToPool(capability.toMessage(Destination.SERVER, id, PsrpMessage.EMPTY_GUID),
                init.toMessage(id, PsrpMessage.EMPTY_GUID));
    }

    /**
     * Runs a pipeline: sends CREATE_PIPELINE and returns the pipeline, Running. With
     * {@code noInput} false the server waits for {@link ClientPipeline#input} and
     * {@link ClientPipeline#endInput}.
     */
    public synchronized ClientPipeline createPipeline(PowerShellData powerShell, boolean noInput, int remoteStreamOptions,
            PipelineListener pipelineListener) {
        return createPipeline(powerShell, noInput, remoteStreamOptions, HostInfo.noHost(), pipelineListener);
    }

    /** Runs a pipeline with a host of its own ({@code host} says which parts the server may call), or the pool's ({@link HostInfo#noHost}). */
    public synchronized ClientPipeline createPipeline(PowerShellData powerShell, boolean noInput, int remoteStreamOptions,
            HostInfo host, PipelineListener pipelineListener) {
        requireState("run a pipeline in", RunspacePoolState.OPENED);
        UUID pipelineId = UUID.randomUUID();
        CreatePipeline body = new CreatePipeline(powerShell, noInput, ApartmentState.UNKNOWN, remoteStreamOptions, false,
                host, false);
        ClientPipeline pipeline = new ClientPipeline(this, pipelineId, noInput, pipelineListener);
        pipelines.put(pipelineId, pipeline);
        pipeline.started();
        transport.createPipeline(pipelineId, body.toMessage(id, pipelineId));
        return pipeline;
    }

    /** Answers a RUNSPACEPOOL_HOST_CALL. */
    public synchronized void respond(HostResponse response) {
        if (state == RunspacePoolState.OPENED) {
            transport.sendToPool(response.toMessage(id, PsrpMessage.EMPTY_GUID));
        }
    }

    /**
     * Closes the pool. Pipelines still running are stopped first (the server closes the pool only
     * once every pipeline is closed); before opening there is nothing to tell the server.
     */
    public synchronized void close() {
        switch (state) {
            case BEFORE_OPEN -> setState(RunspacePoolState.CLOSED, null);
            case OPENING, OPENED -> {
                setState(RunspacePoolState.CLOSING, null);
                for (ClientPipeline p : new ArrayList<>(pipelines.values())) {
                    p.stop();
                }
                transport.closePool();
            }
            default -> {
                // Closing, Closed, Broken: already on the way out.
            }
        }
    }

    /** Takes one message from the server. A protocol violation is thrown; the transport then calls {@link #transportFailed}. */
    public synchronized void receive(PsrpMessage message) {
        if (message.destination() != Destination.CLIENT) {
            throw new PsrpException("RemotingDestinationNotForMe",
                    "Received packet not destined for the client: packet destination = " + message.destination() + ".");
        }
        if (!message.pipelineId().equals(PsrpMessage.EMPTY_GUID)) {
            ClientPipeline pipeline = pipelines.get(message.pipelineId());
            // pwsh drops data for a pipeline it no longer tracks (it finished, or was closed).
            if (pipeline != null) {
                pipeline.receive(message);
            }
            return;
        }
        switch (message.type()) {
            case SESSION_CAPABILITY -> receiveCapability((SessionCapability) Messages.decode(message));
            case APPLICATION_PRIVATE_DATA -> privateData = (ApplicationPrivateData) Messages.decode(message);
            case RUNSPACEPOOL_STATE -> receiveState((RunspacePoolStateInfo) Messages.decode(message));
            case RUNSPACEPOOL_HOST_CALL -> listener.hostCall((HostCall) Messages.decode(message));
            case ENCRYPTED_SESSION_KEY -> {
                sessionKey.importSessionKey(((EncryptedSessionKey) Messages.decode(message)).encryptedSessionKey());
                listener.sessionKeyReady();
            }
            case PUBLIC_KEY_REQUEST -> startKeyExchange();
            case RUNSPACE_AVAILABILITY, USER_EVENT, RUNSPACEPOOL_INIT_DATA -> {
                // Answers to requests this client does not make yet, and events it does not subscribe to.
            }
            default -> throw new PsrpException("ReceivedUnsupportedDataType",
                    "Received remoting data with unsupported data type: " + message.type() + ".");
        }
    }

    /** The server acknowledged the stop signal of a pipeline. */
    public synchronized void signalAcknowledged(UUID pipelineId) {
        ClientPipeline pipeline = pipelines.get(pipelineId);
        if (pipeline != null) {
            pipeline.signalAcknowledged();
        }
    }

    /** The server released a pipeline; nothing more arrives for it. */
    public synchronized void pipelineClosed(UUID pipelineId) {
        pipelines.remove(pipelineId);
    }

    /** A transport failure that concerns one pipeline only (its stop signal went unanswered). */
    public synchronized void pipelineFailed(UUID pipelineId, PsrpException failure) {
        ClientPipeline pipeline = pipelines.get(pipelineId);
        if (pipeline != null) {
            pipeline.fail(RemotingErrors.transport(failure));
        }
    }

    /** The server acknowledged the close of the pool. */
    public synchronized void closeAcknowledged() {
        finishPipelines(PSInvocationState.STOPPED, RemotingErrors.pipelineStopped());
        if (state != RunspacePoolState.CLOSED && state != RunspacePoolState.BROKEN) {
            setState(RunspacePoolState.CLOSED, reason);
        }
    }

    /**
     * The connection failed (closed, unreadable, timed out). A pool being closed ends Closed, any
     * other Broken; unfinished pipelines fail with the reason.
     */
    public synchronized void transportFailed(PsrpException failure) {
        if (state == RunspacePoolState.CLOSED || state == RunspacePoolState.BROKEN) {
            return;
        }
        ErrorRecordData why = RemotingErrors.transport(failure);
        finishPipelines(PSInvocationState.FAILED, why);
        setState(state == RunspacePoolState.CLOSING ? RunspacePoolState.CLOSED : RunspacePoolState.BROKEN, why);
        transport.abort();
    }

    synchronized void send(ClientPipeline pipeline, PsrpMessage message, boolean promptResponse) {
        transport.sendToPipeline(pipeline.id(), message, promptResponse);
    }

    synchronized void stop(ClientPipeline pipeline) {
        transport.stopPipeline(pipeline.id());
    }

    synchronized void finished(ClientPipeline pipeline) {
        if (state != RunspacePoolState.BROKEN && state != RunspacePoolState.CLOSED) {
            transport.closePipeline(pipeline.id());
        }
    }

    private void receiveCapability(SessionCapability server) {
        if (state != RunspacePoolState.OPENING || serverCapability != null) {
            throw new PsrpException("ReceivedUnsupportedDataType", "The server sent SESSION_CAPABILITY while the session was "
                    + state.dotNetName() + ".");
        }
        serverCapability = server;
        try {
            Negotiation.checkServer(capability, server);
        } catch (PsrpException e) {
            breakPool(RemotingErrors.dataStructure(e));
        }
    }

    private void receiveState(RunspacePoolStateInfo info) {
        switch (info.state()) {
            case OPENED -> {
                if (state == RunspacePoolState.OPENING) {
                    if (serverCapability == null) {
                        throw new PsrpException("ReceivedUnsupportedDataType",
                                "The server opened the runspace pool before negotiating the session capability.");
                    }
                    setState(RunspacePoolState.OPENED, null);
                }
            }
            case BROKEN -> breakPool(info.reason() != null ? info.reason()
                    : RemotingErrors.transport(new PsrpException("RunspacePoolBroken", "The server broke the runspace pool.")));
            case CLOSED -> {
                if (state == RunspacePoolState.OPENING || state == RunspacePoolState.OPENED) {
                    // The server closed the pool by itself: release our side too (pwsh does the same).
                    finishPipelines(PSInvocationState.STOPPED, RemotingErrors.pipelineStopped());
                    setState(RunspacePoolState.CLOSING, null);
                    transport.closePool();
                    reason = info.reason();
                }
            }
            default -> {
                // Closing and the transient states carry nothing the client acts on.
            }
        }
    }

    private void breakPool(ErrorRecordData why) {
        if (state == RunspacePoolState.BROKEN || state == RunspacePoolState.CLOSED) {
            return;
        }
        finishPipelines(PSInvocationState.FAILED, why);
        setState(RunspacePoolState.BROKEN, why);
        transport.abort();
    }

    private void finishPipelines(PSInvocationState finalState, ErrorRecordData why) {
        for (ClientPipeline p : new ArrayList<>(pipelines.values())) {
            p.finishLocally(finalState, why);
        }
        pipelines.clear();
    }

    private void setState(RunspacePoolState newState, ErrorRecordData why) {
        state = newState;
        reason = why;
        listener.stateChanged(newState, why);
    }

    private void requireState(String operation, RunspacePoolState required) {
        if (state != required) {
            throw new IllegalStateException("Cannot " + operation + " the runspace pool because it is " + state.dotNetName()
                    + ", not " + required.dotNetName() + ".");
        }
    }
}
