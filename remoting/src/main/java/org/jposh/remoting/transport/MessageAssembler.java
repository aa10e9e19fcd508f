package org.jposh.remoting.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jposh.remoting.psrp.Defragmenter;
import org.jposh.remoting.psrp.Fragment;
import org.jposh.remoting.psrp.FragmentBuffer;
import org.jposh.remoting.psrp.PsrpMessage;

/**
 * Turns the data of received {@code <Data>} packets back into messages: one fragment stream per
 * target (the pool, each pipeline), one defragmenter for the whole connection (the sender numbers
 * its objects across targets). Messages are added by one thread, the connection's reader.
 */
final class MessageAssembler {
    private final Defragmenter defragmenter = new Defragmenter();
    private final Map<UUID, FragmentBuffer> streams = new ConcurrentHashMap<>();

    List<PsrpMessage> add(UUID target, byte[] packetData) {
        List<PsrpMessage> messages = new ArrayList<>(1);
        for (Fragment f : streams.computeIfAbsent(target, k -> new FragmentBuffer()).add(packetData)) {
            byte[] message = defragmenter.add(f);
            if (message != null) {
                messages.add(PsrpMessage.fromBytes(message));
            }
        }
        return messages;
    }

    /** Drops the stream of a target that is gone (a closed pipeline). */
    void forget(UUID target) {
        streams.remove(target);
    }
}
