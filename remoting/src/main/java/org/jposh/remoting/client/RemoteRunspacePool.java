package org.jposh.remoting.client;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jposh.remoting.protocol.ClientPipeline;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.protocol.ClientTransport;
import org.jposh.remoting.protocol.PipelineListener;
import org.jposh.remoting.protocol.RemotingErrors;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.protocol.RunspacePoolListener;
import org.jposh.remoting.protocol.SessionKey;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.messages.ApplicationPrivateData;
import org.jposh.remoting.psrp.messages.CreatePipeline;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.HostInfo;
import org.jposh.remoting.psrp.messages.HostResponse;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.InformationalRecordMessage;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;
import org.jposh.remoting.psrp.messages.RunspacePoolState;

/**
 * A remote runspace pool with a blocking API, over any {@link ClientTransport}: open it, run
 * pipelines, close it. This is what the session cmdlets use; the protocol is in
 * {@link ClientRunspacePool}. Failures surface as {@link RemotingException} carrying the error
 * record to show.
 */
public final class RemoteRunspacePool implements AutoCloseable {
    /** pwsh's default for Invoke-Command: invocation info on error, warning, verbose and debug records. */
    public static final int ADD_INVOCATION_INFO = CreatePipeline.ADD_INVOCATION_INFO;

    /**
     * What a pipeline with a host of its own tells the server: a host with a user interface and no raw
     * user interface (cursor, buffer and window calls are not answered), no default data.
     */
    private static final HostInfo PIPELINE_HOST = new HostInfo(false, false, true, false, null);

    private final ClientRunspacePool pool;
    private final ClientHost host;
    private final RunspacePoolListener observer;
    private final CountDownLatch settled = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch keyExchanged = new CountDownLatch(1);
    private final ExecutorService hostCalls;

    private RemoteRunspacePool(ClientTransport transport, ClientRunspacePool.Settings settings, ClientHost host,
            RunspacePoolListener observer) {
        this.host = host;
        this.observer = observer;
        this.hostCalls = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "psrp-client-host");
            t.setDaemon(true);
            return t;
        });
        this.pool = new ClientRunspacePool(UUID.randomUUID(), settings, transport, new RunspacePoolListener() {
            @Override
            public void stateChanged(RunspacePoolState state, ErrorRecordData reason) {
                poolStateChanged(state, reason);
            }

            @Override
            public void hostCall(HostCall call) {
                runHostCall(call, pool::respond);
            }

            @Override
            public void sessionKeyReady() {
                keyExchanged.countDown();
            }
        });
        transport.start(pool);
    }

    /**
     * Opens a pool over {@code transport} and waits until it is open. {@code host} answers the
     * server's host calls (null: none, calls that need an answer fail); {@code observer} hears
     * every state change (null: nobody). A refusal, a broken connection, or no answer within
     * {@code timeout} is thrown as RemotingException, and the connection is released.
     */
    public static RemoteRunspacePool open(ClientTransport transport, ClientRunspacePool.Settings settings, ClientHost host,
            RunspacePoolListener observer, Duration timeout) throws InterruptedException {
        RemoteRunspacePool remote = new RemoteRunspacePool(transport, settings, host, observer);
        remote.pool.open();
        if (!remote.settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            remote.pool.transportFailed(new PsrpException("PSSessionOpenFailed", "The remote session did not open within "
                    + timeout.toSeconds() + " seconds."));
        }
        if (remote.state() != RunspacePoolState.OPENED) {
            remote.hostCalls.shutdownNow();
            throw remote.failure("PSSessionOpenFailed", "Opening the remote session failed.");
        }
        return remote;
    }

    public UUID id() {
        return pool.id();
    }

    public RunspacePoolState state() {
        return pool.state();
    }

    /** Why the pool broke, or null. */
    public ErrorRecordData reason() {
        return pool.reason();
    }

    /** The server's private data, which holds its PSVersionTable. */
    public ApplicationPrivateData applicationPrivateData() {
        return pool.applicationPrivateData();
    }

    /** Runs a pipeline that takes no input; its records go to {@code listener} as they arrive. */
    public RemotePipeline invoke(PowerShellData commands, PipelineListener listener) {
        return start(commands, true, listener);
    }

    /** Runs a pipeline whose input the caller sends ({@link RemotePipeline#input}, then {@link RemotePipeline#endInput}). */
    public RemotePipeline invokeWithInput(PowerShellData commands, PipelineListener listener) {
        return start(commands, false, listener);
    }

    /**
     * Runs a pipeline whose host calls the listener answers itself ({@link RemotePipeline#respond}), in
     * the order they arrive among its records, as a cmdlet that shows them on its own host does; the
     * server is told that the pipeline has a host with a user interface.
     */
    public RemotePipeline invokeWithHost(PowerShellData commands, boolean noInput, PipelineListener listener) {
        return start(commands, noInput, listener, true);
    }

    /**
     * The session key, exchanged first if it has not been (pwsh's RunKeyExchangeIfRequired): what
     * encrypts a SecureString sent to the server and decrypts one received.
     */
    public SessionKey sessionKey(Duration timeout) throws InterruptedException {
        SessionKey key = pool.sessionKey();
        if (!key.isReady()) {
            pool.startKeyExchange();
            keyExchanged.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!key.isReady()) {
                throw failure("ClientKeyExchangeFailed", "The key exchange with the server did not complete, so a"
                        + " SecureString cannot be sent or received.");
            }
        }
        return key;
    }

    /**
     * Closes the pool: running pipelines are stopped, then the server closes the pool. Waits at most
     * {@code timeout}; the connection is released either way.
     */
    public void close(Duration timeout) throws InterruptedException {
        pool.close();
        if (!ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.transportFailed(new PsrpException("IPCCloseTimedOut", "The client did not receive a response for a Close"
                    + " operation in the specified time interval."));
        }
        hostCalls.shutdownNow();
    }

    /** Closes with pwsh's close timeout of 60 seconds. */
    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(60));
    }

    private RemotePipeline start(PowerShellData commands, boolean noInput, PipelineListener listener) {
        return start(commands, noInput, listener, false);
    }

    private RemotePipeline start(PowerShellData commands, boolean noInput, PipelineListener listener,
                                 boolean listenerAnswers) {
        Objects.requireNonNull(listener, "listener");
        CountDownLatch finished = new CountDownLatch(1);
        ClientPipeline[] created = new ClientPipeline[1];
        PipelineListener tracking = new PipelineListener() {
            @Override
            public void output(Object value) {
                listener.output(value);
            }

            @Override
            public void error(ErrorRecordData record) {
                listener.error(record);
            }

            @Override
            public void warning(InformationalRecordMessage record) {
                listener.warning(record);
            }

            @Override
            public void verbose(InformationalRecordMessage record) {
                listener.verbose(record);
            }

            @Override
            public void debug(InformationalRecordMessage record) {
                listener.debug(record);
            }

            @Override
            public void progress(ProgressRecordMessage record) {
                listener.progress(record);
            }

            @Override
            public void information(InformationRecordMessage record) {
                listener.information(record);
            }

            @Override
            public void hostCall(HostCall call) {
                listener.hostCall(call);
                if (!listenerAnswers) {
                    runHostCall(call, response -> created[0].respond(response));
                }
            }

            @Override
            public void stateChanged(PSInvocationState state, ErrorRecordData reason) {
                listener.stateChanged(state, reason);
                if (state.isFinished()) {
                    finished.countDown();
                }
            }
        };
        synchronized (pool) {
            if (pool.state() != RunspacePoolState.OPENED) {
                throw failure("InvalidRunspacePoolState", "The remote session is " + pool.state().dotNetName()
                        + " and cannot run commands.");
            }
            created[0] = pool.createPipeline(commands, noInput, ADD_INVOCATION_INFO,
                    listenerAnswers ? PIPELINE_HOST : HostInfo.noHost(), tracking);
        }
        return new RemotePipeline(created[0], finished);
    }

    private void poolStateChanged(RunspacePoolState state, ErrorRecordData reason) {
        if (observer != null) {
            observer.stateChanged(state, reason);
        }
        if (state != RunspacePoolState.OPENING && state != RunspacePoolState.BEFORE_OPEN) {
            settled.countDown();
        }
        if (state == RunspacePoolState.CLOSED || state == RunspacePoolState.BROKEN) {
            ended.countDown();
            keyExchanged.countDown();
            // Calls already queued still run (and their answers are dropped); the host thread then ends.
            hostCalls.shutdown();
        }
    }

    /**
     * Runs a host call on the host thread and answers it, unless the method returns nothing (pwsh's
     * call id -100). Without a host the answer is pwsh's error for a missing client host.
     */
    private void runHostCall(HostCall call, Consumer<HostResponse> respond) {
        if (hostCalls.isShutdown()) {
            return;
        }
        hostCalls.execute(() -> {
            Object result = null;
            ErrorRecordData error = null;
            try {
                if (host == null) {
                    throw new PsrpException("RemoteHostNullClientHost",
                            "No client computer was specified for the remote runspace that is running a client-side method.");
                }
                result = host.invoke(call.method(), call.parameters());
            } catch (PsrpException e) {
                error = RemotingErrors.dataStructure(e);
            } catch (Exception e) {
                error = RemotingErrors.fromException(e, "RemoteHostExecutionException");
            }
            HostResponse response = response(call, result, error);
            if (response != null) {
                respond.accept(response);
            }
        });
    }

    /** The answer to a host call, or null for a call that expects none (pwsh's call id -100). */
    static HostResponse response(HostCall call, Object result, ErrorRecordData error) {
        if (call.callId() < 0) {
            return null;
        }
        MessageType responseType = call.type() == MessageType.PIPELINE_HOST_CALL ? MessageType.PIPELINE_HOST_RESPONSE
                : MessageType.RUNSPACEPOOL_HOST_RESPONSE;
        return new HostResponse(responseType, call.callId(), call.method(), result, error);
    }

    private RemotingException failure(String errorId, String message) {
        ErrorRecordData reason = pool.reason();
        return new RemotingException(reason != null ? reason : RemotingErrors.transport(new PsrpException(errorId, message)));
    }
}
