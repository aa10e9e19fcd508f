package org.jposh.remoting.server;

import java.io.UncheckedIOException;
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
 * <p>The engine is opened on a worker thread (it may take a while), each pipeline runs on its own
 * thread, and at most MaxRunspaces pipelines run at once; the others wait, as pwsh queues them.
 * Stopping never interrupts a thread: the pipeline's context refuses further work with
 * {@link PipelineStoppedException}, and waits on input or host responses end.
 */
public final class ServerSession implements ServerRunspacePool.Handler {
    /** Where the session's messages go: the transport. Must be safe to call from several threads. */
    public interface Sink {
        void send(PsrpMessage message);

        /** The session cannot continue (failed negotiation): end the connection. */
        void closeSession();
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
    private final Object runspaces = new Object();

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
    }

    public ServerRunspacePool pool() {
        return pool;
    }

    /**
     * Stops a pipeline and runs {@code then} once it has ended and its final state has gone out (at
     * once if it is not running): pwsh acknowledges a stop signal, and the close of a pipeline, only
     * after the pipeline's state.
     */
    public void stopPipeline(UUID pipelineId, Runnable then) {
        ServerPipeline pipeline;
        synchronized (this) {
            pipeline = pipelines.get(pipelineId);
            if (pipeline != null) {
                whenFinished.computeIfAbsent(pipelineId, k -> new ArrayList<>()).add(then);
            }
        }
        if (pipeline == null) {
            then.run();
        } else {
            pipeline.stop();
            wakeRunspaceWaiters();
        }
    }

    /** Closes the pool (Closing, Closed) and the engine. The transport calls it once no pipeline is left. */
    public void close() {
        pool.close();
        shutDown();
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
        wakeRunspaceWaiters();
        pool.close();
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

    @Override
    public void openRunspace(UUID runspacePoolId, InitRunspacePool request) {
        poolHost = request.hostInfo();
        RunspacePoolRequest open = new RunspacePoolRequest(runspacePoolId, request.minRunspaces(), request.maxRunspaces(),
                request.hostInfo(), request.applicationArguments(), pool.negotiated());
        workers.execute(() -> {
            PipelineExecutor opened;
            try {
                opened = factory.open(open);
            } catch (Exception | LinkageError e) {
                quietly(() -> pool.openFailed(RemotingErrors.fromException(e, "RemoteRunspaceStateInfoReason")));
                return;
            }
            synchronized (this) {
                if (closed) {
                    opened.close();
                    return;
                }
                executor = opened;
            }
            quietly(() -> pool.opened(opened.versionTable()));
        });
    }

    @Override
    public void startPipeline(UUID pipelineId, CreatePipeline request) {
        HostInfo host = request.hostInfo().useRunspaceHost() ? poolHost : request.hostInfo();
        ServerPipeline pipeline = new ServerPipeline(pool.id(), pipelineId, request, host, sink);
        synchronized (this) {
            pipelines.put(pipelineId, pipeline);
        }
        workers.execute(() -> run(pipeline));
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

    private void run(ServerPipeline pipeline) {
        PSInvocationState finalState;
        ErrorRecordData reason = null;
        boolean holdsRunspace = false;
        try {
            acquireRunspace(pipeline);
            holdsRunspace = true;
            executor.invoke(new PipelineRequest(pipeline.id(), pipeline.request()), pipeline);
            finalState = PSInvocationState.COMPLETED;
        } catch (PipelineStoppedException e) {
            finalState = PSInvocationState.STOPPED;
        } catch (PipelineFailedException e) {
            finalState = pipeline.isStopping() ? PSInvocationState.STOPPED : PSInvocationState.FAILED;
            reason = e.record();
        } catch (Exception | LinkageError | StackOverflowError e) {
            finalState = pipeline.isStopping() ? PSInvocationState.STOPPED : PSInvocationState.FAILED;
            reason = RemotingErrors.fromException(e, "RemotePSInvocationStateInfoReason");
        } finally {
            if (holdsRunspace) {
                releaseRunspace();
            }
        }
        if (finalState == PSInvocationState.STOPPED) {
            reason = RemotingErrors.pipelineStopped();
        }
        pipeline.finish();
        PSInvocationState state = finalState;
        ErrorRecordData why = reason;
        quietly(() -> pool.pipelineFinished(pipeline.id(), state, why));
        List<Runnable> then;
        synchronized (this) {
            pipelines.remove(pipeline.id());
            then = whenFinished.remove(pipeline.id());
        }
        if (then != null) {
            then.forEach(ServerSession::quietly);
        }
    }

    /** Runs a step that sends; if the connection is gone the reader thread ends the session, so the failure is dropped here. */
    private static void quietly(Runnable send) {
        try {
            send.run();
        } catch (UncheckedIOException e) {
            // The client is gone.
        }
    }

    private void acquireRunspace(ServerPipeline pipeline) throws InterruptedException {
        synchronized (runspaces) {
            while (busyRunspaces >= Math.max(1, pool.maxRunspaces())) {
                if (pipeline.isStopping()) {
                    throw new PipelineStoppedException();
                }
                // A SET_MAX_RUNSPACES may raise the limit without a pipeline ending: look again now and then.
                runspaces.wait(100);
            }
            if (pipeline.isStopping()) {
                throw new PipelineStoppedException();
            }
            busyRunspaces++;
        }
    }

    private void releaseRunspace() {
        synchronized (runspaces) {
            busyRunspaces--;
            runspaces.notifyAll();
        }
    }

    private void wakeRunspaceWaiters() {
        synchronized (runspaces) {
            runspaces.notifyAll();
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
