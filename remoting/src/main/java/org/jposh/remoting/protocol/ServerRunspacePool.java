package org.jposh.remoting.protocol;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jposh.remoting.psrp.Destination;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.messages.ApplicationPrivateData;
import org.jposh.remoting.psrp.messages.CreatePipeline;
import org.jposh.remoting.psrp.messages.EncryptedSessionKey;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.GetAvailableRunspaces;
import org.jposh.remoting.psrp.messages.HostResponse;
import org.jposh.remoting.psrp.messages.InitRunspacePool;
import org.jposh.remoting.psrp.messages.Messages;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PipelineInput;
import org.jposh.remoting.psrp.messages.PipelineStateInfo;
import org.jposh.remoting.psrp.messages.PublicKey;
import org.jposh.remoting.psrp.messages.ResetRunspaceState;
import org.jposh.remoting.psrp.messages.RunspaceAvailability;
import org.jposh.remoting.psrp.messages.RunspacePoolState;
import org.jposh.remoting.psrp.messages.RunspacePoolStateInfo;
import org.jposh.remoting.psrp.messages.SessionCapability;
import org.jposh.remoting.psrp.messages.SetMaxRunspaces;
import org.jposh.remoting.psrp.messages.SetMinRunspaces;

/**
 * The server side of a runspace pool, sans I/O: it takes the client's messages, keeps the protocol
 * state and asks its {@link Handler} to act (open a runspace, start a pipeline, pass input on). The
 * sequence is pwsh's (ServerRemoteSession, ServerRunspacePoolDriver):
 *
 * <ol>
 *   <li>SESSION_CAPABILITY is answered with the negotiated capability ({@link Negotiation#serverReply},
 *       all-zero RPID); if the client cannot be served, our capability still goes out and the
 *       session is closed ({@link Handler#closeSession}).</li>
 *   <li>INIT_RUNSPACEPOOL opens the runspace ({@link Handler#openRunspace}); when it is ready
 *       ({@link #opened}) APPLICATION_PRIVATE_DATA with the PSVersionTable and RUNSPACEPOOL_STATE
 *       Opened go out; if it cannot open ({@link #openFailed}), RUNSPACEPOOL_STATE Broken.</li>
 *   <li>CREATE_PIPELINE starts a pipeline; its input and host responses are passed on until the
 *       driver reports the end ({@link #pipelineFinished}), which sends PIPELINE_STATE.</li>
 *   <li>{@link #close}: RUNSPACEPOOL_STATE Closing, then Closed.</li>
 * </ol>
 *
 * Messages for a pipeline the pool does not run (any more) are dropped, as pwsh drops them. Protocol
 * violations are thrown as {@link PsrpException}. All methods are synchronized.
 */
public final class ServerRunspacePool {
    /** What the state machine asks of its driver. */
    public interface Handler {
        /** Sends a message; its pipeline id says whether it goes to the pool or to a pipeline. */
        void send(PsrpMessage message);

        /** Opens the runspace the client asked for; answer with {@link #opened} or {@link #openFailed}. */
        void openRunspace(UUID runspacePoolId, InitRunspacePool request);

        /** Starts a pipeline; answer with {@link #pipelineFinished} when it ends. */
        void startPipeline(UUID pipelineId, CreatePipeline request);

        void pipelineInput(UUID pipelineId, Object value);

        void pipelineInputEnded(UUID pipelineId);

        /** A host response for a pipeline, or for the pool (pipeline id all zero). */
        void hostResponse(UUID pipelineId, HostResponse response);

        /** The client cannot be served (failed negotiation): end the connection once the capability is out. */
        void closeSession();
    }

    private final Handler handler;
    private final Set<UUID> running = new HashSet<>();
    private final SessionKey sessionKey = new SessionKey();

    private RunspacePoolState state = RunspacePoolState.BEFORE_OPEN;
    private SessionCapability negotiated;
    private UUID id;
    private int minRunspaces;
    private int maxRunspaces;

    public ServerRunspacePool(Handler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public synchronized RunspacePoolState state() {
        return state;
    }

    /** The pool's id, once INIT_RUNSPACEPOOL has arrived; null before. */
    public synchronized UUID id() {
        return id;
    }

    /** The capability agreed with the client, or null before negotiation. */
    public synchronized SessionCapability negotiated() {
        return negotiated;
    }

    public synchronized int maxRunspaces() {
        return maxRunspaces;
    }

    /** The key of the session's SecureStrings, ready once the client has sent PUBLIC_KEY. */
    public SessionKey sessionKey() {
        return sessionKey;
    }

    /** Whether a pipeline with this id has started and not finished. */
    public synchronized boolean isRunning(UUID pipelineId) {
        return running.contains(pipelineId);
    }

    /** Takes one message from the client. */
    public synchronized void receive(PsrpMessage message) {
        if (message.destination() != Destination.SERVER) {
            throw new PsrpException("RemotingDestinationNotForMe",
                    "Received packet not destined for the server: packet destination = " + message.destination() + ".");
        }
        if (state == RunspacePoolState.CLOSED || state == RunspacePoolState.BROKEN) {
            return;
        }
        if (message.pipelineId().equals(PsrpMessage.EMPTY_GUID)) {
            receiveForPool(message);
        } else {
            receiveForPipeline(message);
        }
    }

    /** The runspace is ready: the client gets the private data and the Opened state. */
    public synchronized void opened(PsDictionary versionTable) {
        if (state != RunspacePoolState.OPENING) {
            return;
        }
        handler.send(ApplicationPrivateData.withVersionTable(negotiatedVersionTable(versionTable)).toMessage(id, PsrpMessage.EMPTY_GUID));
        setState(RunspacePoolState.OPENED, null);
    }

    /** The runspace could not be opened: the pool is Broken. */
    public synchronized void openFailed(ErrorRecordData reason) {
        if (state == RunspacePoolState.OPENING) {
            setState(RunspacePoolState.BROKEN, reason);
        }
    }

    /** A pipeline ended: PIPELINE_STATE with its final state (and, for Stopped and Failed, the reason). */
    public synchronized void pipelineFinished(UUID pipelineId, PSInvocationState finalState, ErrorRecordData reason) {
        if (!finalState.isFinished()) {
            throw new IllegalArgumentException(finalState + " is not a final state");
        }
        if (running.remove(pipelineId)) {
            handler.send(new PipelineStateInfo(finalState, reason).toMessage(id, pipelineId));
        }
    }

    /** Closes the pool: RUNSPACEPOOL_STATE Closing, then Closed, as pwsh's pool reports them. */
    public synchronized void close() {
        if (state == RunspacePoolState.OPENED) {
            setState(RunspacePoolState.CLOSING, null);
            setState(RunspacePoolState.CLOSED, null);
        } else if (state != RunspacePoolState.BROKEN) {
            state = RunspacePoolState.CLOSED;
        }
    }

    private void receiveForPool(PsrpMessage message) {
        switch (message.type()) {
            case SESSION_CAPABILITY -> negotiate((SessionCapability) Messages.decode(message));
            case INIT_RUNSPACEPOOL -> init(message.runspacePoolId(), (InitRunspacePool) Messages.decode(message));
            case RUNSPACEPOOL_HOST_RESPONSE -> handler.hostResponse(PsrpMessage.EMPTY_GUID, (HostResponse) Messages.decode(message));
            // The client needs the key to send (or read) a SecureString: it goes back encrypted with the client's public key.
            case PUBLIC_KEY -> handler.send(new EncryptedSessionKey(sessionKey.exportSessionKey(
                    ((PublicKey) Messages.decode(message)).publicKey())).toMessage(id, PsrpMessage.EMPTY_GUID));
            case SET_MAX_RUNSPACES -> setMax((SetMaxRunspaces) Messages.decode(message));
            case SET_MIN_RUNSPACES -> setMin((SetMinRunspaces) Messages.decode(message));
            case GET_AVAILABLE_RUNSPACES -> answer(((GetAvailableRunspaces) Messages.decode(message)).callId(),
                    Math.max(0, maxRunspaces - running.size()));
            // Resetting the runspace's state is not something the executor offers: pwsh answers false when a reset fails.
            case RESET_RUNSPACE_STATE -> answer(((ResetRunspaceState) Messages.decode(message)).callId(), false);
            default -> throw unsupported(message);
        }
    }

    private void receiveForPipeline(PsrpMessage message) {
        UUID pipelineId = message.pipelineId();
        switch (message.type()) {
            case CREATE_PIPELINE -> create(pipelineId, (CreatePipeline) Messages.decode(message));
            case GET_COMMAND_METADATA -> refuseCommandMetadata(pipelineId);
            case PIPELINE_INPUT -> {
                PipelineInput input = (PipelineInput) Messages.decode(message);
                if (running.contains(pipelineId)) {
                    handler.pipelineInput(pipelineId, input.value());
                }
            }
            case END_OF_PIPELINE_INPUT -> {
                if (running.contains(pipelineId)) {
                    handler.pipelineInputEnded(pipelineId);
                }
            }
            case PIPELINE_HOST_RESPONSE -> {
                HostResponse response = (HostResponse) Messages.decode(message);
                if (running.contains(pipelineId)) {
                    handler.hostResponse(pipelineId, response);
                }
            }
            default -> throw unsupported(message);
        }
    }

    private void negotiate(SessionCapability client) {
        if (negotiated != null || state != RunspacePoolState.BEFORE_OPEN) {
            throw new PsrpException("ReceivedUnsupportedDataType", "The client sent SESSION_CAPABILITY twice.");
        }
        SessionCapability reply;
        try {
            reply = Negotiation.serverReply(client);
        } catch (PsrpException e) {
            handler.send(SessionCapability.current().toMessage(Destination.CLIENT, PsrpMessage.EMPTY_GUID, PsrpMessage.EMPTY_GUID));
            state = RunspacePoolState.CLOSED;
            handler.closeSession();
            return;
        }
        negotiated = reply;
        handler.send(reply.toMessage(Destination.CLIENT, PsrpMessage.EMPTY_GUID, PsrpMessage.EMPTY_GUID));
    }

    private void init(UUID poolId, InitRunspacePool request) {
        if (negotiated == null) {
            throw new PsrpException("ReceivedUnsupportedDataType",
                    "The client asked for a runspace pool before negotiating the session capability.");
        }
        if (id != null) {
            throw new PsrpException("RunspaceAlreadyExists", "The session already exists. Trying to create the session again"
                    + " with the same InstanceId " + id + " is not allowed.");
        }
        id = poolId;
        minRunspaces = request.minRunspaces();
        maxRunspaces = request.maxRunspaces();
        state = RunspacePoolState.OPENING;
        handler.openRunspace(poolId, request);
    }

    private void create(UUID pipelineId, CreatePipeline request) {
        if (state != RunspacePoolState.OPENED) {
            throw new PsrpException("InvalidRunspacePoolState",
                    "A pipeline cannot be created because the runspace pool is " + state.dotNetName() + ".");
        }
        if (!running.add(pipelineId)) {
            throw new PsrpException("PipelineIdsDoNotMatch", "A pipeline with the id " + pipelineId + " is already running.");
        }
        handler.startPipeline(pipelineId, request);
    }

    private void refuseCommandMetadata(UUID pipelineId) {
        handler.send(new PipelineStateInfo(PSInvocationState.FAILED, RemotingErrors.fromException(
                new UnsupportedOperationException("This server does not answer command metadata requests (Import-PSSession)."),
                "RemotePSInvocationStateInfoReason")).toMessage(id, pipelineId));
    }

    private void setMax(SetMaxRunspaces request) {
        boolean ok = request.maxRunspaces() >= Math.max(1, minRunspaces);
        if (ok) {
            maxRunspaces = request.maxRunspaces();
        }
        answer(request.callId(), ok);
    }

    private void setMin(SetMinRunspaces request) {
        boolean ok = request.minRunspaces() >= 1 && request.minRunspaces() <= maxRunspaces;
        if (ok) {
            minRunspaces = request.minRunspaces();
        }
        answer(request.callId(), ok);
    }

    private void answer(long callId, Object response) {
        handler.send(new RunspaceAvailability(response, callId).toMessage(id, PsrpMessage.EMPTY_GUID));
    }

    /** The executor's PSVersionTable with the versions agreed with this client, as pwsh reports them. */
    private PsDictionary negotiatedVersionTable(PsDictionary executorTable) {
        PsDictionary table = new PsDictionary();
        for (PsDictionary.Entry e : executorTable.entries()) {
            if (!(e.key() instanceof String k) || !k.equalsIgnoreCase("PSRemotingProtocolVersion")
                    && !k.equalsIgnoreCase("SerializationVersion")) {
                table.entries().add(e);
            }
        }
        return table.put("PSRemotingProtocolVersion", negotiated.protocolVersion())
                .put("SerializationVersion", negotiated.serializationVersion());
    }

    private void setState(RunspacePoolState newState, ErrorRecordData reason) {
        state = newState;
        handler.send(new RunspacePoolStateInfo(newState, reason).toMessage(id, PsrpMessage.EMPTY_GUID));
    }

    private static PsrpException unsupported(PsrpMessage message) {
        return new PsrpException("ReceivedUnsupportedDataType",
                "Received remoting data with unsupported data type: " + message.type() + ".");
    }
}
