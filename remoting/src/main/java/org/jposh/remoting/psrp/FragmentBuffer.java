package org.jposh.remoting.psrp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fragment stream of one transport target (the runspace pool or one pipeline), fed packet by
 * packet. pwsh's sender fills each packet with up to 32 KiB of its fragment stream, so a fragment
 * may end in the next packet; this buffer keeps the unfinished tail and hands out whole fragments.
 * A fragment announcing more than {@code maxFragmentSize} bytes is refused before it is collected,
 * because the sender chooses that number.
 */
public final class FragmentBuffer {
    private final int maxFragmentSize;
    private byte[] pending = new byte[0];

    public FragmentBuffer() {
        this(Fragmenter.DEFAULT_FRAGMENT_SIZE);
    }

    public FragmentBuffer(int maxFragmentSize) {
        this.maxFragmentSize = maxFragmentSize;
    }

    /** Adds the data of one packet; returns the fragments it completes, in order. */
    public List<Fragment> add(byte[] packetData) {
        byte[] data = pending.length == 0 ? packetData : concat(pending, packetData);
        List<Fragment> fragments = new ArrayList<>(1);
        int offset = 0;
        while (data.length - offset >= Fragment.HEADER_SIZE) {
            int blobLength = ByteBuffer.wrap(data, offset + 17, 4).getInt();
            if (blobLength < 0 || blobLength > maxFragmentSize - Fragment.HEADER_SIZE) {
                throw new PsrpException("BlobLengthNotInRange", "Fragment blob length is out of range: " + blobLength);
            }
            int end = offset + Fragment.HEADER_SIZE + blobLength;
            if (end > data.length) {
                break;
            }
            fragments.addAll(Fragment.parseAll(Arrays.copyOfRange(data, offset, end)));
            offset = end;
        }
        pending = Arrays.copyOfRange(data, offset, data.length);
        return fragments;
    }

    /** Whether part of a fragment is waiting for the rest. */
    public boolean hasPartialFragment() {
        return pending.length > 0;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
