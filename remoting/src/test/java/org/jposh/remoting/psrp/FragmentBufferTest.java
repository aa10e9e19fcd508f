package org.jposh.remoting.psrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pwsh's client fills each packet with up to 32 KiB of its fragment stream, so fragments may be cut
 * anywhere between packets; the buffer puts them back together.
 */
class FragmentBufferTest {

    private static byte[] stream(List<Fragment> fragments) {
        return Fragment.join(fragments);
    }

    @Test
    void fragmentsCutAnywhereComeOutWhole() {
        Fragmenter fragmenter = new Fragmenter();
        List<Fragment> sent = new ArrayList<>();
        sent.addAll(fragmenter.fragment(new byte[100]));
        sent.addAll(fragmenter.fragment(new byte[70_000]));
        sent.addAll(fragmenter.fragment(new byte[5]));
        byte[] bytes = stream(sent);
        // Cut as pwsh's SerializedDataStream cuts: 32 KiB per packet, wherever that falls.
        FragmentBuffer buffer = new FragmentBuffer();
        List<Fragment> received = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += Fragmenter.DEFAULT_FRAGMENT_SIZE) {
            received.addAll(buffer.add(Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + Fragmenter.DEFAULT_FRAGMENT_SIZE))));
        }
        assertEquals(sent, received);
        assertFalse(buffer.hasPartialFragment());
    }

    @Test
    void aHeaderCutInTwoWaitsForItsRest() {
        Fragment f = new Fragment(1, 0, true, true, new byte[] {1, 2, 3});
        byte[] bytes = f.toBytes();
        FragmentBuffer buffer = new FragmentBuffer();
        assertEquals(List.of(), buffer.add(Arrays.copyOfRange(bytes, 0, 10)));
        assertTrue(buffer.hasPartialFragment());
        assertEquals(List.of(), buffer.add(Arrays.copyOfRange(bytes, 10, 22)));
        List<Fragment> out = buffer.add(Arrays.copyOfRange(bytes, 22, bytes.length));
        assertEquals(1, out.size());
        assertArrayEquals(new byte[] {1, 2, 3}, out.get(0).blob());
    }

    @Test
    void anAnnouncedBlobLargerThanAFragmentIsRefusedBeforeItIsCollected() {
        byte[] header = ByteBuffer.allocate(Fragment.HEADER_SIZE).putLong(1).putLong(0).put((byte) 3).putInt(1 << 30).array();
        PsrpException e = assertThrows(PsrpException.class, () -> new FragmentBuffer().add(header));
        assertEquals("BlobLengthNotInRange", e.errorId());
    }
}
