package org.jposh.remoting.psrp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One fragment of a PSRP message (MS-PSRP 2.2.4): a 21-byte big-endian header and a slice of the
 * message ("blob").
 *
 * <pre>
 *  0  ObjectId     8 bytes   the message's id, &gt; 0, unique per runspace pool and direction
 *  8  FragmentId   8 bytes   0, 1, 2... within the message
 * 16  Flags        1 byte    0x1 start, 0x2 end (0x3: the whole message)
 * 17  BlobLength   4 bytes
 * 21  Blob
 * </pre>
 *
 * Fragments are the same on every transport; one transport packet may carry several, even of
 * different messages ({@link #parseAll}).
 */
public record Fragment(long objectId, long fragmentId, boolean start, boolean end, byte[] blob) {
    /** Size of the fragment header in bytes. */
    public static final int HEADER_SIZE = 21;

    private static final int START = 0x1;
    private static final int END = 0x2;

    public Fragment {
        Objects.requireNonNull(blob, "blob");
        if (objectId <= 0) {
            throw new IllegalArgumentException("ObjectId must be greater than 0, not " + objectId);
        }
        if (fragmentId < 0) {
            throw new IllegalArgumentException("FragmentId cannot be negative: " + fragmentId);
        }
    }

    /** The size of this fragment on the wire. */
    public int encodedSize() {
        return HEADER_SIZE + blob.length;
    }

    public void writeTo(ByteBuffer to) {
        to.putLong(objectId).putLong(fragmentId).put((byte) ((start ? START : 0) | (end ? END : 0))).putInt(blob.length).put(blob);
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(encodedSize());
        writeTo(b);
        return b.array();
    }

    /** The fragments concatenated, as one transport packet carries them. */
    public static byte[] join(List<Fragment> fragments) {
        int size = 0;
        for (Fragment f : fragments) {
            size += f.encodedSize();
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        for (Fragment f : fragments) {
            f.writeTo(b);
        }
        return b.array();
    }

    /** Splits transport data into the fragments it holds; the data must end at a fragment boundary. */
    public static List<Fragment> parseAll(byte[] data) {
        List<Fragment> fragments = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(data);
        while (b.hasRemaining()) {
            if (b.remaining() < HEADER_SIZE) {
                throw new PsrpException("NotEnoughDataForFragmentHeader",
                        "A fragment header needs " + HEADER_SIZE + " bytes but only " + b.remaining() + " remain.");
            }
            long objectId = b.getLong();
            long fragmentId = b.getLong();
            int flags = b.get() & 0xFF;
            int length = b.getInt();
            if (objectId <= 0) {
                throw new PsrpException("ObjectIdCannotBeLessThanZero",
                        "ObjectId cannot be less than or equal to 0. This can happen if the fragments are not properly"
                                + " constructed by the remote computer, or the data has been changed by unauthorized users.");
            }
            if (fragmentId < 0) {
                throw new PsrpException("FragmentIdCannotBeLessThanZero",
                        "FragmentId cannot be less than 0. This can happen if the fragments are not properly"
                                + " constructed by the remote computer, or the data has been changed by unauthorized users.");
            }
            if (length < 0 || length > b.remaining()) {
                throw new PsrpException("BlobLengthNotInRange", "Fragment blob length is out of range: " + length);
            }
            byte[] blob = new byte[length];
            b.get(blob);
            fragments.add(new Fragment(objectId, fragmentId, (flags & START) != 0, (flags & END) != 0, blob));
        }
        return fragments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fragment f && objectId == f.objectId && fragmentId == f.fragmentId
                && start == f.start && end == f.end && Arrays.equals(blob, f.blob);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(objectId) * 31 + Long.hashCode(fragmentId);
    }

    @Override
    public String toString() {
        return "Fragment[object " + objectId + ", fragment " + fragmentId + (start ? ", start" : "") + (end ? ", end" : "")
                + ", " + blob.length + " bytes]";
    }
}
