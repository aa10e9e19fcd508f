package org.jposh.remoting.psrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FragmentsTest {
    private static final UUID RPID = UUID.fromString("846a0576-dc51-244f-9262-ca2a55464b2b");

    @Test
    void theHeaderIsBigEndian() {
        Fragment f = new Fragment(0x0102030405060708L, 9, true, false, new byte[] {(byte) 0xAB});
        assertEquals("0102030405060708" + "0000000000000009" + "01" + "00000001" + "ab", HexFormat.of().formatHex(f.toBytes()));
        assertEquals(List.of(f), Fragment.parseAll(f.toBytes()));
        assertEquals("03", HexFormat.of().formatHex(new Fragment(1, 0, true, true, new byte[0]).toBytes(), 16, 17));
    }

    @Test
    void pwshsDefaultFragmentsCarry32747Bytes() {
        // remoting.md 3.3: a 66,567-character output was sent as blobs of 32,747 + 32,747 + 1,116 bytes.
        byte[] message = new byte[32_747 * 2 + 1_116];
        List<Fragment> fragments = new Fragmenter().fragment(message);
        assertEquals(List.of(32_747, 32_747, 1_116), fragments.stream().map(f -> f.blob().length).toList());
        assertEquals(List.of(0L, 1L, 2L), fragments.stream().map(Fragment::fragmentId).toList());
        assertTrue(fragments.get(0).start() && !fragments.get(0).end());
        assertTrue(!fragments.get(1).start() && !fragments.get(1).end());
        assertTrue(!fragments.get(2).start() && fragments.get(2).end());
        assertEquals(Fragmenter.DEFAULT_FRAGMENT_SIZE, fragments.get(0).encodedSize());
    }

    @Test
    void objectIdsCountUpFromOneAndEmptyMessagesStillMakeAFragment() {
        Fragmenter fragmenter = new Fragmenter(100);
        assertEquals(1, fragmenter.fragment(new byte[10]).get(0).objectId());
        List<Fragment> empty = fragmenter.fragment(new byte[0]);
        assertEquals(1, empty.size());
        assertEquals(2, empty.get(0).objectId());
        assertTrue(empty.get(0).start() && empty.get(0).end());
        assertEquals(79, fragmenter.maxBlobSize());
        assertThrows(IllegalArgumentException.class, () -> new Fragmenter(21));
    }

    @Test
    void theFragmentSizeForAWsManEnvelopeAllowsForBase64() {
        assertEquals(114_000, Fragmenter.fragmentSizeForEnvelope(153_600, 1_600));
        assertThrows(IllegalArgumentException.class, () -> Fragmenter.fragmentSizeForEnvelope(1_000, 990));
    }

    @Test
    void interleavedMessagesAreReassembledByObjectId() {
        Fragmenter fragmenter = new Fragmenter(Fragment.HEADER_SIZE + 50);
        PsrpMessage a = PsrpMessage.withClixml(Destination.CLIENT, MessageType.PIPELINE_OUTPUT, RPID, UUID.randomUUID(), "<S>" + "a".repeat(200) + "</S>");
        PsrpMessage b = PsrpMessage.withClixml(Destination.CLIENT, MessageType.PIPELINE_OUTPUT, RPID, UUID.randomUUID(), "<S>" + "b".repeat(120) + "</S>");
        List<Fragment> fa = fragmenter.fragment(a);
        List<Fragment> fb = fragmenter.fragment(b);
        List<Fragment> mixed = new ArrayList<>();
        for (int i = 0; i < Math.max(fa.size(), fb.size()); i++) {
            if (i < fb.size()) {
                mixed.add(fb.get(i));
            }
            if (i < fa.size()) {
                mixed.add(fa.get(i));
            }
        }
        Defragmenter defragmenter = new Defragmenter();
        List<PsrpMessage> received = new ArrayList<>();
        for (int i = 0; i < mixed.size(); i += 3) {
            received.addAll(defragmenter.receive(Fragment.join(mixed.subList(i, Math.min(i + 3, mixed.size())))));
            if (i + 3 < mixed.size()) {
                assertTrue(defragmenter.hasIncompleteMessages());
            }
        }
        assertEquals(List.of(b, a), received);
        assertFalse(defragmenter.hasIncompleteMessages());
    }

    @Test
    void fragmentsOutOfSequenceAreRefusedAsPwshRefusesThem() {
        byte[] payload = new byte[30];
        List<Fragment> fragments = new Fragmenter(Fragment.HEADER_SIZE + 10).fragment(payload);
        assertEquals(3, fragments.size());

        Defragmenter skipping = new Defragmenter();
        assertNull(skipping.add(fragments.get(0)));
        PsrpException e = assertThrows(PsrpException.class, () -> skipping.add(fragments.get(2)));
        assertEquals("FragmentIdsNotInSequence", e.errorId());

        Defragmenter noStart = new Defragmenter();
        e = assertThrows(PsrpException.class, () -> noStart.add(fragments.get(1)));
        assertEquals("ObjectIdsNotMatching", e.errorId());

        Defragmenter twice = new Defragmenter();
        twice.add(fragments.get(0));
        e = assertThrows(PsrpException.class, () -> twice.add(fragments.get(0)));
        assertEquals("FragmentIdsNotInSequence", e.errorId());

        e = assertThrows(PsrpException.class, () -> new Defragmenter().add(new Fragment(1, 1, true, true, new byte[0])));
        assertEquals("FragmentIdsNotInSequence", e.errorId());
    }

    @Test
    void oversizedMessagesAreRefusedBeforeTheyAreCollected() {
        List<Fragment> fragments = new Fragmenter(Fragment.HEADER_SIZE + 40).fragment(new byte[100]);
        Defragmenter small = new Defragmenter(60);
        small.add(fragments.get(0));
        PsrpException e = assertThrows(PsrpException.class, () -> small.add(fragments.get(1)));
        assertEquals("ReceivedObjectSizeExceededMaximum", e.errorId());
        assertEquals("The current deserialized object size of the data received from the remote server exceeded the allowed"
                + " maximum object size. The current deserialized object size is 80. The allowed maximum object size is 60.", e.getMessage());
    }

    @Test
    void malformedFragmentHeadersAreRefused() {
        byte[] good = new Fragment(1, 0, true, true, new byte[] {1, 2}).toBytes();
        assertEquals("NotEnoughDataForFragmentHeader",
                assertThrows(PsrpException.class, () -> Fragment.parseAll(new byte[20])).errorId());
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
        PsrpException e = assertThrows(PsrpException.class, () -> Fragment.parseAll(truncated));
        assertEquals("BlobLengthNotInRange", e.errorId());
        assertEquals("Fragment blob length is out of range: 2", e.getMessage());
        byte[] zeroId = good.clone();
        zeroId[7] = 0;
        assertEquals("ObjectIdCannotBeLessThanZero", assertThrows(PsrpException.class, () -> Fragment.parseAll(zeroId)).errorId());
        byte[] negativeFragment = good.clone();
        negativeFragment[8] = (byte) 0x80;
        assertEquals("FragmentIdCannotBeLessThanZero",
                assertThrows(PsrpException.class, () -> Fragment.parseAll(negativeFragment)).errorId());
        assertArrayEquals(good, Fragment.join(Fragment.parseAll(good)));
    }
}
