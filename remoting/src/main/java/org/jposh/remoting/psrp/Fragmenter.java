package org.jposh.remoting.psrp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts messages into fragments and numbers them. One fragmenter serves one runspace pool and one
 * direction: the object id counter is shared by the pool and all its pipelines, as in pwsh.
 *
 * <p>The size limit is for a whole fragment, header included: pwsh's default of 32 KiB gives blobs
 * of at most 32,747 bytes. Over WS-Management the limit comes from the envelope size
 * ({@link #fragmentSizeForEnvelope}).
 */
public final class Fragmenter {
    /** pwsh's fragment size (BaseTransportManager.DefaultFragmentSize): 32 KiB including the header. */
    public static final int DEFAULT_FRAGMENT_SIZE = 32 * 1024;

    private final int maxBlobSize;
    private long nextObjectId = 1;

    public Fragmenter() {
        this(DEFAULT_FRAGMENT_SIZE);
    }

    /** A fragmenter whose fragments, header included, are at most {@code maxFragmentSize} bytes. */
    public Fragmenter(int maxFragmentSize) {
        if (maxFragmentSize <= Fragment.HEADER_SIZE) {
            throw new IllegalArgumentException("A fragment must be larger than its " + Fragment.HEADER_SIZE
                    + "-byte header, not " + maxFragmentSize + " bytes");
        }
        this.maxBlobSize = maxFragmentSize - Fragment.HEADER_SIZE;
    }

    /**
     * The largest fragment that fits a WS-Management envelope of {@code maxEnvelopeSize} bytes whose
     * SOAP parts, without the fragment, take {@code envelopeOverhead} bytes: fragments travel
     * base64-encoded there, so every 4 bytes of room carry 3 bytes of fragment.
     */
    public static int fragmentSizeForEnvelope(int maxEnvelopeSize, int envelopeOverhead) {
        int room = maxEnvelopeSize - envelopeOverhead;
        int size = room / 4 * 3;
        if (size <= Fragment.HEADER_SIZE) {
            throw new IllegalArgumentException("An envelope of " + maxEnvelopeSize + " bytes with " + envelopeOverhead
                    + " bytes of overhead leaves no room for a fragment");
        }
        return size;
    }

    public int maxBlobSize() {
        return maxBlobSize;
    }

    /** The fragments of one message, under the next object id. */
    public List<Fragment> fragment(PsrpMessage message) {
        return fragment(message.toBytes());
    }

    /** The fragments of one encoded message (header and body), under the next object id. */
    public List<Fragment> fragment(byte[] message) {
        long objectId = nextObjectId++;
        List<Fragment> fragments = new ArrayList<>(message.length / maxBlobSize + 1);
        int offset = 0;
        long fragmentId = 0;
        do {
            int length = Math.min(maxBlobSize, message.length - offset);
            boolean last = offset + length == message.length;
            fragments.add(new Fragment(objectId, fragmentId++, offset == 0, last,
                    Arrays.copyOfRange(message, offset, offset + length)));
            offset += length;
        } while (offset < message.length);
        return fragments;
    }
}
