package org.jposh.remoting.psrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PsrpMessageTest {
    private static final UUID RPID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private static final UUID PID = UUID.fromString("ffeeddcc-bbaa-9988-7766-554433221100");

    @Test
    void theHeaderIsDestinationTypeAndTwoDotNetGuids() {
        PsrpMessage m = PsrpMessage.withClixml(Destination.SERVER, MessageType.CREATE_PIPELINE, RPID, PID, "<S>x</S>");
        byte[] bytes = m.toBytes();
        assertEquals("02000000" + "06100200" + "33221100554477668899aabbccddeeff" + "ccddeeffaabb88997766554433221100"
                + "efbbbf" + HexFormat.of().formatHex("<S>x</S>".getBytes(StandardCharsets.UTF_8)), HexFormat.of().formatHex(bytes));
        PsrpMessage back = PsrpMessage.fromBytes(bytes);
        assertEquals(m, back);
        assertEquals(Destination.SERVER, back.destination());
        assertEquals(MessageType.CREATE_PIPELINE, back.type());
        assertEquals(RPID, back.runspacePoolId());
        assertEquals(PID, back.pipelineId());
        assertTrue(back.hasByteOrderMark());
        assertEquals("<S>x</S>", back.bodyText());
        assertEquals("x", back.bodyValue());
    }

    @Test
    void bodiesWithoutAByteOrderMarkAreReadToo() {
        byte[] header = Arrays.copyOf(PsrpMessage.empty(Destination.CLIENT, MessageType.PIPELINE_OUTPUT, RPID, PID).toBytes(), 40);
        byte[] body = "<I32>5</I32>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(header, 40 + body.length);
        System.arraycopy(body, 0, bytes, 40, body.length);
        PsrpMessage m = PsrpMessage.fromBytes(bytes);
        assertFalse(m.hasByteOrderMark());
        assertEquals(5, m.bodyValue());
        assertArrayEquals(bytes, m.toBytes());
    }

    @Test
    void anEmptyBodyHasNoValue() {
        PsrpMessage m = PsrpMessage.empty(Destination.SERVER, MessageType.END_OF_PIPELINE_INPUT, RPID, PID);
        assertEquals(40, m.toBytes().length);
        assertTrue(m.isEmpty());
        assertNull(m.bodyValue());
        assertEquals("", m.bodyText());
    }

    @Test
    void badHeadersAndBodiesAreRefused() {
        PsrpException e = assertThrows(PsrpException.class, () -> PsrpMessage.fromBytes(new byte[39]));
        assertEquals("NotEnoughHeaderForRemoteDataObject", e.errorId());
        assertTrue(e.getMessage().startsWith("An error occurred while decoding data received from the remote computer. At least 40 bytes"));

        byte[] bytes = PsrpMessage.withClixml(Destination.CLIENT, MessageType.PIPELINE_OUTPUT, RPID, PID, "<S>x</S>").toBytes();
        byte[] badType = bytes.clone();
        badType[4] = 0x7F;
        e = assertThrows(PsrpException.class, () -> PsrpMessage.fromBytes(badType));
        assertEquals("UnknownMessageType", e.errorId());
        assertEquals("The remoting message has an unknown message type 0x0004107F.", e.getMessage());
        byte[] badDestination = bytes.clone();
        badDestination[0] = 3;
        assertEquals("InvalidDestination", assertThrows(PsrpException.class, () -> PsrpMessage.fromBytes(badDestination)).errorId());
        byte[] badUtf8 = bytes.clone();
        badUtf8[bytes.length - 5] = (byte) 0xC3;
        assertEquals("InvalidMessageEncoding", assertThrows(PsrpException.class, () -> PsrpMessage.fromBytes(badUtf8).bodyText()).errorId());
    }

    @Test
    void everyMessageTypeHasItsCode() {
        assertEquals(31, MessageType.values().length);
        for (MessageType t : MessageType.values()) {
            assertEquals(t, MessageType.fromCode(t.code()));
        }
        assertEquals(0x00010002, MessageType.SESSION_CAPABILITY.code());
        assertNull(MessageType.SESSION_CAPABILITY.destination());
        assertEquals(0x00041011, MessageType.INFORMATION_RECORD.code());
        assertEquals(Destination.SERVER, MessageType.PIPELINE_HOST_RESPONSE.destination());
    }
}
