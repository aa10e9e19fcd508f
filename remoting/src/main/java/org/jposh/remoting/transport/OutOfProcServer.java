package org.jposh.remoting.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jposh.remoting.psrp.Fragment;
import org.jposh.remoting.psrp.Fragmenter;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.outofproc.OutOfProcDecoder;
import org.jposh.remoting.psrp.outofproc.OutOfProcPacket;
import org.jposh.remoting.server.PipelineExecutor;
import org.jposh.remoting.server.ServerSession;

/**
 * The server end of the OutOfProc transport over a stream pair: what {@code pwsh -s} and
 * {@code pwsh -sshs} run on stdin/stdout, and what the SSH {@code powershell} subsystem runs on its
 * channel. One connection serves one runspace pool. The packet handling is pwsh's
 * (OutOfProcessMediatorBase, OutOfProcessServerSessionTransportManager):
 *
 * <ul>
 *   <li>{@code <Data>} for the pool or a pipeline is processed, then acknowledged with
 *       {@code <DataAck>}; data for a pipeline that is gone is acknowledged unread.</li>
 *   <li>{@code <Command>} creates the pipeline's channel, answered by {@code <CommandAck>}.</li>
 *   <li>{@code <Signal>} stops the pipeline; {@code <SignalAck>} follows its final state, and is
 *       always sent. A signal to the pool is an error.</li>
 *   <li>{@code <Close>} of a pipeline stops it if needed and answers {@code <CloseAck>}; the close of
 *       the pool waits until every pipeline is closed, stops any pipeline still running (its final
 *       state goes out first), closes the pool (RUNSPACEPOOL_STATE Closing, Closed) and answers
 *       {@code <CloseAck>}.</li>
 *   <li>The end of input, or an empty line, ends the session.</li>
 * </ul>
 *
 * Output carries nothing but packets. A fatal error (a malformed packet, an acknowledgement from
 * the client) is reported as pwsh reports it, on the error stream, or when there is none on the
 * output prefixed with {@code __NamedPipeError__:} (pwsh's {@code -sshs} form), and ends the session.
 */
public final class OutOfProcServer {
    private final InputStream in;
    private final PacketWriter writer;
    private final OutputStream errors;
    private final ServerSession session;
    private final MessageAssembler assembler = new MessageAssembler();
    private final Fragmenter fragmenter = new Fragmenter();
    private final Set<UUID> commands = new HashSet<>();
    private boolean poolCloseRequested;
    private boolean poolClosed;
    private volatile boolean ending;

    /**
     * A server reading {@code in} and writing {@code out}. Fatal errors go to {@code errors}, or,
     * when it is null, to {@code out} with pwsh's error prefix.
     */
    public OutOfProcServer(InputStream in, OutputStream out, OutputStream errors, PipelineExecutor.Factory factory) {
        this.in = Objects.requireNonNull(in, "in");
        this.writer = new PacketWriter(Objects.requireNonNull(out, "out"));
        this.errors = errors;
        this.session = new ServerSession(factory, new ServerSession.Sink() {
            @Override
            public void send(PsrpMessage message) {
                sendMessage(message);
            }

            @Override
            public void closeSession() {
                ending = true;
            }

            @Override
            public void together(Runnable sends) {
                writer.holdingFlush(sends);
            }
        });
    }

    /** Serves the connection until the client ends it; returns when the session is over. */
    public void run() {
        OutOfProcDecoder decoder = new OutOfProcDecoder();
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while (!ending && (n = in.read(buffer)) > 0) {
                for (OutOfProcPacket packet : decoder.feed(buffer, 0, n)) {
                    handle(packet);
                    if (ending) {
                        break;
                    }
                }
                // pwsh's server treats an empty line like the end of its input.
                if (decoder.sawEmptyLine()) {
                    break;
                }
            }
        } catch (PsrpException e) {
            reportFatal(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            // The client is gone: there is nobody to tell.
        } finally {
            session.abort();
            writer.close();
        }
    }

    private void handle(OutOfProcPacket packet) {
        UUID target = packet.psGuid();
        switch (packet.kind()) {
            case DATA -> data(target, packet.data());
            case COMMAND -> {
                synchronized (this) {
                    commands.add(target);
                }
                writer.write(OutOfProcPacket.commandAck(target));
            }
            case SIGNAL -> {
                if (packet.isForRunspacePool()) {
                    throw new PsrpException("IPCNoSignalForSession",
                            "A Signal message to a session is not supported. A Signal message can be sent only to a command.");
                }
                session.stopPipeline(target, () -> writer.write(OutOfProcPacket.signalAck(target)));
            }
            case CLOSE -> {
                if (packet.isForRunspacePool()) {
                    synchronized (this) {
                        poolCloseRequested = true;
                    }
                    closePoolWhenIdle();
                } else {
                    session.stopPipeline(target, () -> commandClosed(target));
                }
            }
            default -> throw new PsrpException("IPCUnknownElementReceived", "An unknown element \"" + packet.kind().element()
                    + "\" was received. This can happen if the remote process closed or ended abnormally.");
        }
    }

    private void data(UUID target, byte[] data) {
        boolean known;
        synchronized (this) {
            known = target.equals(PsrpMessage.EMPTY_GUID) ? !poolClosed : commands.contains(target);
        }
        // The answers to the data and its <DataAck> leave in one flush, so a client acting on an answer
        // (the pool's Opened state) cannot see it before the ack that pwsh's order puts after it.
        writer.holdingFlush(() -> {
            // Data for a pipeline that has gone (Select-Object -First ended it early) is acknowledged unread.
            if (known) {
                List<PsrpMessage> messages = assembler.add(target, data);
                for (PsrpMessage m : messages) {
                    session.receive(m);
                }
            }
            if (!ending) {
                writer.write(OutOfProcPacket.dataAck(target));
            }
        });
    }

    private void commandClosed(UUID pipelineId) {
        synchronized (this) {
            commands.remove(pipelineId);
        }
        assembler.forget(pipelineId);
        writer.write(OutOfProcPacket.closeAck(pipelineId));
        closePoolWhenIdle();
    }

    /** pwsh closes the pool only once every pipeline the client created has been closed. */
    private void closePoolWhenIdle() {
        synchronized (this) {
            if (!poolCloseRequested || poolClosed || !commands.isEmpty()) {
                return;
            }
            poolClosed = true;
        }
        session.close(() -> writer.write(OutOfProcPacket.closeAck(PsrpMessage.EMPTY_GUID)));
    }

    private void sendMessage(PsrpMessage message) {
        // One fragment per packet, as pwsh's server sends; the writer's lock keeps a message's fragments together.
        synchronized (writer) {
            for (Fragment f : fragmenter.fragment(message)) {
                writer.write(OutOfProcPacket.data(OutOfProcPacket.Stream.DEFAULT, message.pipelineId(), f.toBytes()));
            }
        }
    }

    private void reportFatal(String message) {
        try {
            if (errors == null) {
                writer.writeLine((OutOfProcDecoder.ERROR_PREFIX + message + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                errors.write((message + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                errors.flush();
            }
        } catch (IOException | UncheckedIOException e) {
            // Nobody left to tell.
        }
    }
}
