package org.jposh.remoting.transport;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.UUID;
import org.jposh.remoting.psrp.Fragment;
import org.jposh.remoting.psrp.Fragmenter;
import org.jposh.remoting.psrp.outofproc.OutOfProcPacket;

/**
 * The client's outgoing data for one target (the pool or one pipeline), with pwsh's flow control:
 * one {@code <Data>} packet at a time, the next only after its {@code <DataAck>}. A packet takes as
 * many whole fragments as fit in 32 KiB, so messages queued together travel together (pwsh's first
 * packet holds SESSION_CAPABILITY and INIT_RUNSPACEPOOL). Host responses go on the prompt-response
 * stream, ahead of other data but never inside a message cut into several fragments. A pipeline's
 * queue holds its data until the server has acknowledged the pipeline's creation, and then sends
 * CREATE_PIPELINE in packets of its own before any input, as pwsh sends its serialized pipeline.
 * Guarded by the transport's lock.
 */
final class SendQueue {
    private final UUID target;
    private final ArrayDeque<Fragment> creation = new ArrayDeque<>();
    private final ArrayDeque<Fragment> normal = new ArrayDeque<>();
    private final ArrayDeque<Fragment> prompt = new ArrayDeque<>();
    private boolean ready;
    private boolean awaitingAck;
    private boolean closed;
    private boolean insideMessage;

    SendQueue(UUID target, boolean ready) {
        this.target = target;
        this.ready = ready;
    }

    /** The CREATE_PIPELINE message, which goes before anything else and alone. */
    void addCreation(List<Fragment> fragments) {
        creation.addAll(fragments);
    }

    void add(List<Fragment> fragments, boolean promptResponse) {
        if (!closed) {
            (promptResponse ? prompt : normal).addAll(fragments);
        }
    }

    /** The server has created the pipeline: its data may go. */
    void ready() {
        ready = true;
    }

    void acknowledged() {
        awaitingAck = false;
    }

    /** Nothing more is sent for this target (stopped or closed), as pwsh stops sending on Stop and Close. */
    void close() {
        closed = true;
        creation.clear();
        normal.clear();
        prompt.clear();
    }

    /** The next packet to send, or null while waiting for an acknowledgement or for data. */
    OutOfProcPacket next() {
        if (!ready || awaitingAck || closed || creation.isEmpty() && normal.isEmpty() && prompt.isEmpty()) {
            return null;
        }
        boolean usePrompt = creation.isEmpty() && !prompt.isEmpty() && !insideMessage;
        ArrayDeque<Fragment> source = !creation.isEmpty() ? creation : usePrompt ? prompt : normal;
        if (source.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        while (!source.isEmpty() && data.size() + source.peek().encodedSize() <= Fragmenter.DEFAULT_FRAGMENT_SIZE) {
            Fragment f = source.poll();
            data.writeBytes(f.toBytes());
            if (source == normal) {
                insideMessage = !f.end();
            }
        }
        awaitingAck = true;
        return OutOfProcPacket.data(usePrompt ? OutOfProcPacket.Stream.PROMPT_RESPONSE : OutOfProcPacket.Stream.DEFAULT,
                target, data.toByteArray());
    }
}
