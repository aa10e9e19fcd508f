package org.jposh.remoting.psrp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reassembles messages from fragments. Fragments of different messages may interleave (each
 * message is collected under its object id), but within one message they must come in order,
 * starting with the start fragment: anything else means the peer is broken, and is reported as
 * pwsh reports it. The size of a message being collected is capped, because the sender chooses it.
 *
 * <p>One defragmenter serves one direction of one runspace pool (object ids are unique there).
 */
public final class Defragmenter {
    /** pwsh's default cap on one received object (10 MB, the server side's MaximumReceivedObjectSize). */
    public static final long DEFAULT_MAX_MESSAGE_SIZE = 10L * 1024 * 1024;

    private final long maxMessageSize;
    private final Map<Long, Partial> partials = new HashMap<>();

    private static final class Partial {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long lastFragmentId;
    }

    public Defragmenter() {
        this(DEFAULT_MAX_MESSAGE_SIZE);
    }

    public Defragmenter(long maxMessageSize) {
        if (maxMessageSize < PsrpMessage.HEADER_SIZE) {
            throw new IllegalArgumentException("The maximum message size must hold at least a message header");
        }
        this.maxMessageSize = maxMessageSize;
    }

    /** Takes the fragments of one transport packet and returns the messages they complete, in order. */
    public List<PsrpMessage> receive(byte[] packetData) {
        List<PsrpMessage> complete = new ArrayList<>(1);
        for (Fragment f : Fragment.parseAll(packetData)) {
            byte[] message = add(f);
            if (message != null) {
                complete.add(PsrpMessage.fromBytes(message));
            }
        }
        return complete;
    }

    /** Takes one fragment; returns the encoded message it completes, or null while the message is incomplete. */
    public byte[] add(Fragment fragment) {
        Partial partial = partials.get(fragment.objectId());
        if (fragment.start()) {
            if (partial != null || fragment.fragmentId() != 0) {
                throw notInSequence();
            }
            if (fragment.end()) {
                checkSize(fragment.blob().length);
                return fragment.blob();
            }
            partial = new Partial();
            partials.put(fragment.objectId(), partial);
        } else {
            if (partial == null) {
                throw new PsrpException("ObjectIdsNotMatching",
                        "Unexpected ObjectId received. This can happen if the fragments are not properly constructed by the"
                                + " remote computer, or the data might have been corrupted or changed.");
            }
            if (fragment.fragmentId() != partial.lastFragmentId + 1) {
                throw notInSequence();
            }
        }
        checkSize((long) partial.bytes.size() + fragment.blob().length);
        partial.bytes.writeBytes(fragment.blob());
        partial.lastFragmentId = fragment.fragmentId();
        if (!fragment.end()) {
            return null;
        }
        partials.remove(fragment.objectId());
        return partial.bytes.toByteArray();
    }

    /** Whether some message has started but not ended. */
    public boolean hasIncompleteMessages() {
        return !partials.isEmpty();
    }

    private void checkSize(long size) {
        if (size > maxMessageSize) {
            throw new PsrpException("ReceivedObjectSizeExceededMaximum",
                    "The current deserialized object size of the data received from the remote server exceeded the allowed"
                            + " maximum object size. The current deserialized object size is " + size
                            + ". The allowed maximum object size is " + maxMessageSize + ".");
        }
    }

    private static PsrpException notInSequence() {
        return new PsrpException("FragmentIdsNotInSequence",
                "The FragmentIDs of the same object must be in sequence, incrementally changing by 1. This can happen if the"
                        + " fragments are not properly constructed by the remote computer. The data might also have been"
                        + " corrupted or changed.");
    }
}
