package org.jposh.remoting.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.protocol.ClientTransport;
import org.jposh.remoting.psrp.Fragmenter;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.outofproc.OutOfProcDecoder;
import org.jposh.remoting.psrp.outofproc.OutOfProcPacket;

/**
 * The client end of the OutOfProc transport over a stream pair (an SSH subsystem channel, a child
 * {@code pwsh -s}, a pipe in a test), with pwsh's sequencing (ClientSessionTransportManagerBase,
 * OutOfProcessClientCommandTransportManager): one outstanding {@code <Data>} per target;
 * {@code <Command>} before a pipeline's data; {@code <Signal>} to stop; {@code <Close>} for a finished
 * pipeline and for the pool, whose {@code <CloseAck>} ends the connection. Stop signals and the
 * pool's close wait at most their timeouts (pwsh: 60 s) for the server's acknowledgement.
 *
 * <p>A reader thread feeds the {@link ClientRunspacePool}; a writer thread writes, so that no
 * caller ever blocks on the connection. The end of the stream, a read error, a malformed packet or
 * a {@code __NamedPipeError__:} line from the server breaks the pool at once.
 */
public final class OutOfProcClientTransport implements ClientTransport {
    private static final OutOfProcPacket STOP_WRITER = OutOfProcPacket.closeAck(new UUID(0, 1));

    private final InputStream in;
    private final OutputStream out;
    private final Closeable connection;
    private final Supplier<PsrpException> endOfStream;
    private final Duration signalTimeout;
    private final Duration closeTimeout;
    private final LinkedBlockingQueue<OutOfProcPacket> outgoing = new LinkedBlockingQueue<>();
    private final Fragmenter fragmenter = new Fragmenter();
    private final MessageAssembler assembler = new MessageAssembler();
    private final SendQueue poolQueue = new SendQueue(PsrpMessage.EMPTY_GUID, true);
    private final Map<UUID, SendQueue> pipelineQueues = new HashMap<>();
    private final Map<UUID, ScheduledFuture<?>> signalTimers = new HashMap<>();
    private final ScheduledExecutorService timers;

    private ClientRunspacePool pool;
    private ScheduledFuture<?> closeTimer;
    private boolean finished;

    /**
     * A transport over {@code in} and {@code out}. {@code connection} is closed when the transport
     * ends (the channel or process behind the streams); {@code endOfStream} says why the stream
     * ended when the server did not close the pool first.
     */
    public OutOfProcClientTransport(InputStream in, OutputStream out, Closeable connection, Supplier<PsrpException> endOfStream,
            Duration signalTimeout, Duration closeTimeout) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.endOfStream = Objects.requireNonNull(endOfStream, "endOfStream");
        this.signalTimeout = Objects.requireNonNull(signalTimeout, "signalTimeout");
        this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "psrp-client-timer"));
    }

    /** pwsh's timeout for the acknowledgement of a stop signal and of the pool's close. */
    public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public void start(ClientRunspacePool clientPool) {
        synchronized (this) {
            if (pool != null) {
                throw new IllegalStateException("The transport is already started.");
            }
            pool = Objects.requireNonNull(clientPool, "clientPool");
        }
        daemon(this::readLoop, "psrp-client-reader").start();
        daemon(this::writeLoop, "psrp-client-writer").start();
    }

    // ClientTransport: called by the pool under its lock; none of these blocks.

    @Override
    public void sendToPool(PsrpMessage... messages) {
        synchronized (this) {
            for (PsrpMessage m : messages) {
                poolQueue.add(fragmenter.fragment(m), false);
            }
            pump(poolQueue);
        }
    }

    @Override
    public void createPipeline(UUID pipelineId, PsrpMessage createPipeline) {
        synchronized (this) {
            SendQueue queue = new SendQueue(pipelineId, false);
            queue.addCreation(fragmenter.fragment(createPipeline));
            pipelineQueues.put(pipelineId, queue);
            write(OutOfProcPacket.command(pipelineId));
        }
    }

    @Override
    public void sendToPipeline(UUID pipelineId, PsrpMessage message, boolean promptResponse) {
        synchronized (this) {
            SendQueue queue = pipelineQueues.get(pipelineId);
            if (queue != null) {
                queue.add(fragmenter.fragment(message), promptResponse);
                pump(queue);
            }
        }
    }

    @Override
    public void stopPipeline(UUID pipelineId) {
        synchronized (this) {
            SendQueue queue = pipelineQueues.get(pipelineId);
            if (queue != null) {
                queue.close();
            }
            write(OutOfProcPacket.signal(pipelineId));
            signalTimers.put(pipelineId, schedule(signalTimeout, () -> pool.pipelineFailed(pipelineId, new PsrpException(
                    "IPCSignalTimedOut", "The client did not receive a response for a signal operation in the specified time"
                            + " interval. This can happen when a command is not responding to a Stop message in a timely manner."))));
        }
    }

    @Override
    public void closePipeline(UUID pipelineId) {
        synchronized (this) {
            SendQueue queue = pipelineQueues.get(pipelineId);
            if (queue != null) {
                queue.close();
            }
            write(OutOfProcPacket.close(pipelineId));
        }
    }

    @Override
    public void closePool() {
        synchronized (this) {
            write(OutOfProcPacket.close(PsrpMessage.EMPTY_GUID));
            closeTimer = schedule(closeTimeout, () -> pool.transportFailed(new PsrpException("IPCCloseTimedOut",
                    "The client did not receive a response for a Close operation in the specified time interval. This can happen"
                            + " when a command is not responding to a Stop message in a timely manner.")));
        }
    }

    @Override
    public void abort() {
        if (finish()) {
            closeConnection();
        }
    }

    // The reader: packets from the server. Pool methods are called without this transport's lock held.

    private void readLoop() {
        OutOfProcDecoder decoder = new OutOfProcDecoder();
        byte[] buffer = new byte[64 * 1024];
        PsrpException failure = null;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (OutOfProcPacket packet : decoder.feed(buffer, 0, n)) {
                    handle(packet);
                }
            }
            failure = endOfStream.get();
        } catch (PsrpException e) {
            failure = e.errorId().equals("IPCServerProcessReportedError") ? e : new PsrpException("IPCErrorProcessingServerData",
                    "There is an error processing data from the background process. Error reported: " + e.getMessage() + ".", e);
        } catch (IOException e) {
            failure = isFinished() ? null : endOfStream.get();
        } catch (RuntimeException e) {
            failure = new PsrpException("IPCErrorProcessingServerData",
                    "There is an error processing data from the background process. Error reported: " + e + ".", e);
        }
        if (failure != null && !isFinished()) {
            pool.transportFailed(failure);
        }
        abort();
    }

    private void handle(OutOfProcPacket packet) {
        UUID target = packet.psGuid();
        boolean forPool = packet.isForRunspacePool();
        switch (packet.kind()) {
            case DATA -> {
                if (forPool || isTracked(target)) {
                    for (PsrpMessage m : assembler.add(target, packet.data())) {
                        pool.receive(m);
                    }
                }
            }
            case DATA_ACK -> {
                synchronized (this) {
                    SendQueue queue = forPool ? poolQueue : pipelineQueues.get(target);
                    if (queue != null) {
                        queue.acknowledged();
                        pump(queue);
                    }
                }
            }
            case COMMAND_ACK -> {
                synchronized (this) {
                    SendQueue queue = pipelineQueues.get(target);
                    if (queue == null) {
                        throw new PsrpException("IPCUnknownCommandGuid", "Data for an inactive command with the identifier "
                                + target + " was received. Received data: CommandAck.");
                    }
                    queue.ready();
                    pump(queue);
                }
            }
            case SIGNAL_ACK -> {
                if (forPool) {
                    throw new PsrpException("IPCNoSignalForSession",
                            "A SignalAck message to a session is not supported. A SignalAck message can be sent only to a command.");
                }
                synchronized (this) {
                    ScheduledFuture<?> timer = signalTimers.remove(target);
                    if (timer != null) {
                        timer.cancel(false);
                    }
                }
                pool.signalAcknowledged(target);
            }
            case CLOSE_ACK -> {
                if (forPool) {
                    synchronized (this) {
                        if (closeTimer != null) {
                            closeTimer.cancel(false);
                        }
                    }
                    pool.closeAcknowledged();
                    // The writer closes the connection once the last packets are out.
                    finish();
                } else {
                    synchronized (this) {
                        pipelineQueues.remove(target);
                    }
                    assembler.forget(target);
                    pool.pipelineClosed(target);
                }
            }
            default -> throw new PsrpException("IPCUnknownElementReceived", "An unknown element \"" + packet.kind().element()
                    + "\" was received. This can happen if the remote process closed or ended abnormally.");
        }
    }

    private synchronized boolean isTracked(UUID pipelineId) {
        return pipelineQueues.containsKey(pipelineId);
    }

    // The writer.

    private void writeLoop() {
        try {
            while (true) {
                OutOfProcPacket packet = outgoing.take();
                if (packet == STOP_WRITER) {
                    break;
                }
                out.write(packet.toBytes());
                if (outgoing.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            if (!isFinished()) {
                pool.transportFailed(endOfStream.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }

    /** Queues the target's next packet if flow control allows. */
    private void pump(SendQueue queue) {
        OutOfProcPacket packet = queue.next();
        if (packet != null) {
            write(packet);
        }
    }

    private void write(OutOfProcPacket packet) {
        if (!finished) {
            outgoing.add(packet);
        }
    }

    private synchronized boolean isFinished() {
        return finished;
    }

    /**
     * Ends the transport: nothing more is queued, the writer stops after what is queued (and then
     * closes the connection), timers stop. Returns whether this call ended it.
     */
    private boolean finish() {
        synchronized (this) {
            if (finished) {
                return false;
            }
            finished = true;
            outgoing.add(STOP_WRITER);
        }
        timers.shutdownNow();
        return true;
    }

    private void closeConnection() {
        try {
            out.close();
        } catch (IOException e) {
            // The server is gone already.
        }
        try {
            connection.close();
        } catch (IOException e) {
            // Closing a connection that is already gone.
        }
    }

    private ScheduledFuture<?> schedule(Duration delay, Runnable action) {
        return timers.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
