package org.jposh.remoting.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import org.jposh.remoting.psrp.Fragment;
import org.jposh.remoting.psrp.Fragmenter;
import org.jposh.remoting.psrp.outofproc.OutOfProcPacket;
import org.junit.jupiter.api.Test;

/** The client's per-target flow control and packing. */
class SendQueueTest {
    private final Fragmenter fragmenter = new Fragmenter();
    private final UUID target = UUID.randomUUID();

    private static int fragmentsIn(OutOfProcPacket p) {
        return Fragment.parseAll(p.data()).size();
    }

    @Test
    void onePacketAtATimeWholeFragmentsUpTo32KiB() {
        SendQueue q = new SendQueue(target, true);
        for (int i = 0; i < 5; i++) {
            q.add(fragmenter.fragment(new byte[10_000]), false);
        }
        OutOfProcPacket first = q.next();
        assertEquals(3, fragmentsIn(first), "three 10,061-byte fragments fit in 32 KiB, a fourth does not");
        assertNull(q.next(), "the next packet waits for the DataAck");
        q.acknowledged();
        assertEquals(2, fragmentsIn(q.next()));
        q.acknowledged();
        assertNull(q.next(), "nothing left");
    }

    @Test
    void aPipelinesDataWaitsForItsCreationAndCreatePipelineGoesAlone() {
        SendQueue q = new SendQueue(target, false);
        q.addCreation(fragmenter.fragment(new byte[200]));
        q.add(fragmenter.fragment(new byte[10]), false);
        assertNull(q.next(), "nothing before CommandAck");
        q.ready();
        assertEquals(1, fragmentsIn(q.next()), "CREATE_PIPELINE alone");
        q.acknowledged();
        assertEquals(1, fragmentsIn(q.next()));
    }

    @Test
    void hostResponsesGoFirstButNeverInsideAMessage() {
        SendQueue q = new SendQueue(target, true);
        List<Fragment> big = fragmenter.fragment(new byte[80_000]);
        q.add(big, false);
        OutOfProcPacket first = q.next();
        assertEquals(OutOfProcPacket.Stream.DEFAULT, first.stream());
        q.add(fragmenter.fragment(new byte[50]), true);
        q.acknowledged();
        assertEquals(OutOfProcPacket.Stream.DEFAULT, q.next().stream(), "the message under way is finished first");
        q.acknowledged();
        assertEquals(OutOfProcPacket.Stream.DEFAULT, q.next().stream());
        q.acknowledged();
        assertEquals(OutOfProcPacket.Stream.PROMPT_RESPONSE, q.next().stream());
    }

    @Test
    void aClosedTargetSendsNothingMore() {
        SendQueue q = new SendQueue(target, true);
        q.add(fragmenter.fragment(new byte[10]), false);
        q.close();
        assertNull(q.next());
        q.add(fragmenter.fragment(new byte[10]), false);
        assertNull(q.next());
    }
}
