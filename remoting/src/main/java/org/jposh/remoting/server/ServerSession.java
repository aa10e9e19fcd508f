package org.jposh.remoting.server;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jposh.remoting.protocol.RemotingErrors;
import org.jposh.remoting.protocol.ServerRunspacePool;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.messages.CreatePipeline;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostInfo;
import org.jposh.remoting.psrp.messages.HostResponse;
import org.jposh.remoting.psrp.messages.InitRunspacePool;
import org.jposh.remoting.psrp.messages.PSInvocationState;

/**
 * One server runspace pool at work: the {@link ServerRunspacePool} state machine, the
 * {@link PipelineExecutor} it opens, and the threads that run its pipelines. A transport feeds it
 * messages and transport requests (stop, close) and gives it a {@link Sink} for what goes back.
 *
 * <p>Each pipeline runs on its own thread, and at most MaxRunspaces pipelines run at once; the
 * others wait, as pwsh queues them.
 * Stopping never interrupts a thread: the pipeline's context refuses further work with
 * {@link PipelineStoppedException}, and waits on input or host responses end; a pipeline still
 * queued ends Stopped at once.
 */
public final class ServerSession implements ServerRunspacePool.Handler {
    /** Where the session's messages go: the transport. Must be safe to call from several threads. */
    public interface Sink {
        void send(PsrpMessage message);

        /** The session cannot continue (failed negotiation): end the connection. */
        void closeSession();

        /**
         * Runs {@code sends} so that the client sees none of what it sends before all of it: a
         * pipeline's final state and the acknowledgements that wait for it reach the client
         * together, so it cannot act on the state before the SignalAck has gone out.
         */
        void together(Runnable sends);
    }

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadFactory WORKERS = r -> {
        Thread t = new Thread(r, "psrp-server-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    };

    private final PipelineExecutor.Factory factory;
    private final Sink sink;
    private final ServerRunspacePool pool;
    private final ExecutorService workers = Executors.newCachedThreadPool(WORKERS);
    private final Map<UUID, ServerPipeline> pipelines = new HashMap<>();
    private final Map<UUID, List<Runnable>> whenFinished = new HashMap<>();
    private final ArrayDeque<ServerPipeline> queued = new ArrayDeque<>();

    private volatile PipelineExecutor executor;
    private HostInfo poolHost = HostInfo.noHost();
    private int busyRunspaces;
    private boolean closed;

    public ServerSession(PipelineExecutor.Factory factory, Sink sink) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.pool = new ServerRunspacePool(this);
    }

    /** Takes one message from the client (protocol violations are thrown as PsrpException). */
    public void receive(PsrpMessage message) {
        pool.receive(message);
        // SET_MAX_RUNSPACES may have made room for a queued pipeline.
        dispatch();
    }

    /**
     * Stops a pipeline and runs {@code then} once it has ended and its final state has gone out (at
     * once if it is not running): pwsh acknowledges a stop signal, and the close of a pipeline, only
     * after the pipeline's state.
     */
    public void stopPipeline(UUID pipelineId, Runnable then) {
        ServerPipeline pipeline;
        boolean wasQueued;
        synchronized (this) {
            pipeline = pipelines.get(pipelineId);
            if (pipeline != null) {
                whenFinished.computeIfAbsent(pipelineId, k -> new ArrayList<>()).add(then);
            }
            wasQueued = pipeline != null && queued.remove(pipeline);
        }
        if (pipeline == null) {
            then.run();
            return;
        }
        pipeline.stop();
        if (wasQueued) {
            // Never started: it ends Stopped without waiting for a runspace.
            workers.execute(() -> complete(pipeline, PSInvocationState.STOPPED, null));
        }
    }

    /**
     * Closes the pool and the engine, then runs {@code then}. A pipeline still running (one the
     * client never closed, or whose close named another id than its messages) is stopped first:
     * every pipeline's final state goes out before the pool's Closing and Closed, as pwsh's
     * runspace stops its pipelines before the pool reports its close.
     */
    public void close(Runnable then) {
        List<UUID> running;
        synchronized (this) {
            running = new ArrayList<>(pipelines.keySet());
        }
        AtomicInteger left = new AtomicInteger(running.size() + 1);
        Runnable closeAfterLast = () -> {
            if (left.decrementAndGet() == 0) {
                pool.close();
                shutDown();
                then.run();
            }
        };
        for (UUID pipelineId : running) {
            stopPipeline(pipelineId, closeAfterLast);
        }
        closeAfterLast.run();
    }

    /** Ends the session without telling the client (the connection is gone): pipelines stop, the engine closes. */
    public void abort() {
        List<ServerPipeline> running;
        synchronized (this) {
            running = new ArrayList<>(pipelines.values());
        }
        for (ServerPipeline p : running) {
            p.stop();
        }
        quietly(pool::close);
        shutDown();
    }

    // ServerRunspacePool.Handler

    @Override
    public void send(PsrpMessage message) {
        sink.send(message);
    }

    @Override
    public void closeSession() {
        sink.closeSession();
    }

    /**
     * Opens the engine on the thread that processes the client's data, as pwsh opens its pool:
     * the private data and the Opened state go out before the data is acknowledged.
     */
    @Override
    public void openRunspace(UUID runspacePoolId, InitRunspacePool request) {
        poolHost = request.hostInfo();
        RunspacePoolRequest open = new RunspacePoolRequest(runspacePoolId, request.minRunspaces(), request.maxRunspaces(),
                request.hostInfo(), request.applicationArguments(), pool.negotiated());
        PipelineExecutor opened;
        try {
            opened = factory.open(open);
        } catch (Exception | LinkageError e) {
            pool.openFailed(RemotingErrors.fromException(e, "RemoteRunspaceStateInfoReason"));
            return;
        }
        synchronized (this) {
            if (closed) {
                opened.close();
                return;
            }
            executor = opened;
        }
        pool.opened(opened.versionTable());
    }

    @Override
    public void startPipeline(UUID pipelineId, CreatePipeline request) {
        HostInfo host = request.hostInfo().useRunspaceHost() ? poolHost : request.hostInfo();
        ServerPipeline pipeline = new ServerPipeline(pool.id(), pipelineId, request, host, pool.sessionKey(), sink);
        synchronized (this) {
            pipelines.put(pipelineId, pipeline);
            queued.add(pipeline);
        }
        dispatch();
    }

    @Override
    public void pipelineInput(UUID pipelineId, Object value) {
        ServerPipeline p = pipeline(pipelineId);
        if (p != null) {
            p.addInput(value);
        }
    }

    @Override
    public void pipelineInputEnded(UUID pipelineId) {
        ServerPipeline p = pipeline(pipelineId);
        if (p != null) {
            p.endInput();
        }
    }

    @Override
    public void hostResponse(UUID pipelineId, HostResponse response) {
        // The server makes no runspace-pool host calls, so only pipelines wait for responses.
        ServerPipeline p = pipeline(pipelineId);
        if (p != null) {
            p.hostResponse(response);
        }
    }

    private synchronized ServerPipeline pipeline(UUID pipelineId) {
        return pipelines.get(pipelineId);
    }

    /** Starts queued pipelines, first come first served, while runspaces are free. */
    private void dispatch() {
        // Read outside this object's lock: the state machine calls into the session under its own lock.
        int maxRunspaces = Math.max(1, pool.maxRunspaces());
        List<ServerPipeline> start = new ArrayList<>();
        synchronized (this) {
            while (!queued.isEmpty() && busyRunspaces < maxRunspaces && !closed) {
                busyRunspaces++;
                start.add(queued.poll());
            }
        }
        for (ServerPipeline p : start) {
            workers.execute(() -> run(p));
        }
    }

    private void run(ServerPipeline pipeline) {
        PSInvocationState finalState;
        ErrorRecordData reason = null;
        try {
            executor.invoke(new PipelineRequest(pipeline.id(), pipeline.request()), pipeline);
            // An executor that polls isStopping() returns normally once stopped.
            finalState = pipeline.isStopping() ? PSInvocationState.STOPPED : PSInvocationState.COMPLETED;
        } catch (PipelineStoppedException e) {
            finalState = PSInvocationState.STOPPED;
        } catch (PipelineFailedException e) {
            finalState = pipeline.isStopping() ? PSInvocationState.STOPPED : PSInvocationState.FAILED;
            reason = e.record();
        } catch (Exception | LinkageError | StackOverflowError e) {
            finalState = pipeline.isStopping() ? PSInvocationState.STOPPED : PSInvocationState.FAILED;
            reason = RemotingErrors.fromException(e, "RemotePSInvocationStateInfoReason");
        }
        synchronized (this) {
            busyRunspaces--;
        }
        complete(pipeline, finalState, reason);
        dispatch();
    }

    /** Sends the pipeline's final state, forgets it, and runs what waited for its end. */
    private void complete(ServerPipeline pipeline, PSInvocationState finalState, ErrorRecordData reason) {
        ErrorRecordData why = finalState == PSInvocationState.STOPPED ? RemotingErrors.pipelineStopped() : reason;
        pipeline.finish();
        sink.together(() -> {
            quietly(() -> pool.pipelineFinished(pipeline.id(), finalState, why));
            List<Runnable> then;
            synchronized (this) {
                pipelines.remove(pipeline.id());
                then = whenFinished.remove(pipeline.id());
            }
            if (then != null) {
                then.forEach(ServerSession::quietly);
            }
        });
    }

    /** Runs a step that sends; if the connection is gone the reader thread ends the session, so the failure is dropped here. */
    private static void quietly(Runnable send) {
        try {
            send.run();
        } catch (UncheckedIOException e) {
            // The client is gone.
        }
    }

    private void shutDown() {
        PipelineExecutor toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = executor;
        }
        workers.shutdown();
        if (toClose != null) {
            toClose.close();
        }
    }
}
