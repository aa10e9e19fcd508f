package org.jposh.remoting.psrp.outofproc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jposh.remoting.psrp.Defragmenter;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.Messages;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PipelineStateInfo;
import org.junit.jupiter.api.Test;

class OutOfProcPacketTest {
    private static final UUID PID = UUID.fromString("6e6e7727-08b7-4440-855f-6e417c17511c");

    private static String resource(String name) throws IOException {
        try (InputStream in = OutOfProcPacketTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * session.txt is an OutOfProc session as pwsh frames it (remoting.md 4.1 and 10.2), made from
     * recorded PSRP fragments: the client's first packet carries SESSION_CAPABILITY and
     * INIT_RUNSPACEPOOL together, server bodies start with a BOM, one packet carries two messages,
     * one message spans two packets, and acknowledgements come with and without a Stream.
     */
    @Test
    void aWholeSessionParsesReassemblesAndWritesBackByteForByte() throws IOException {
        String transcript = resource("session.txt");
        OutOfProcDecoder decoder = new OutOfProcDecoder();
        byte[] bytes = transcript.getBytes(StandardCharsets.US_ASCII);
        List<OutOfProcPacket> packets = new ArrayList<>();
        for (int i = 0; i < bytes.length; i += 1000) {
            packets.addAll(decoder.feed(bytes, i, Math.min(1000, bytes.length - i)));
        }
        assertFalse(decoder.hasPartialLine());
        assertEquals(23, packets.size());

        StringBuilder written = new StringBuilder();
        for (OutOfProcPacket p : packets) {
            written.append(new String(p.toBytes(), StandardCharsets.US_ASCII));
        }
        // An acknowledgement read with a Stream attribute is written as pwsh writes it, without.
        assertEquals(transcript.replace("<DataAck Stream='Default' ", "<DataAck "), written.toString());

        Defragmenter fromClient = new Defragmenter();
        Defragmenter fromServer = new Defragmenter();
        List<MessageType> clientMessages = new ArrayList<>();
        List<MessageType> serverMessages = new ArrayList<>();
        List<PsrpMessage> all = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (OutOfProcPacket p : packets) {
            kinds.add(p.kind().element());
            if (p.kind() != OutOfProcPacket.Kind.DATA) {
                continue;
            }
            List<PsrpMessage> ms = (clientSpeaks(p, packets) ? fromClient : fromServer).receive(p.data());
            for (PsrpMessage m : ms) {
                (m.destination() == org.jposh.remoting.psrp.Destination.SERVER ? clientMessages : serverMessages).add(m.type());
                all.add(m);
            }
        }
        assertEquals(List.of("Data", "DataAck", "Data", "Data", "Data", "Command", "CommandAck", "Data", "DataAck", "Data",
                "Data", "Close", "CloseAck", "Command", "CommandAck", "Data", "DataAck", "Data", "DataAck", "Signal", "SignalAck",
                "Close", "CloseAck"), kinds);
        assertEquals(List.of(MessageType.SESSION_CAPABILITY, MessageType.INIT_RUNSPACEPOOL, MessageType.CREATE_PIPELINE,
                MessageType.CREATE_PIPELINE), clientMessages);
        assertEquals(List.of(MessageType.SESSION_CAPABILITY, MessageType.APPLICATION_PRIVATE_DATA, MessageType.RUNSPACEPOOL_STATE,
                MessageType.PROGRESS_RECORD, MessageType.PIPELINE_OUTPUT, MessageType.PIPELINE_STATE), serverMessages);
        assertFalse(fromClient.hasIncompleteMessages());

        PsrpMessage failed = all.stream().filter(m -> m.type() == MessageType.PIPELINE_STATE).findFirst().orElseThrow();
        assertTrue(failed.hasByteOrderMark());
        PipelineStateInfo state = (PipelineStateInfo) Messages.decode(failed);
        assertEquals(PSInvocationState.FAILED, state.state());
        ErrorRecordData reason = state.reason();
        assertEquals("error", reason.message());
        assertEquals("Microsoft.PowerShell.Commands.WriteErrorException", reason.fullyQualifiedErrorId());
    }

    /** Client packets are Data before a DataAck for the same target; the transcript alternates as pwsh does. */
    private static boolean clientSpeaks(OutOfProcPacket data, List<OutOfProcPacket> packets) {
        int i = packets.indexOf(data);
        return i + 1 < packets.size() && packets.get(i + 1).kind() == OutOfProcPacket.Kind.DATA_ACK
                && packets.get(i + 1).psGuid().equals(data.psGuid());
    }

    @Test
    void packetsAreWrittenExactlyAsPwshWritesThem() {
        UUID rp = PsrpMessage.EMPTY_GUID;
        assertEquals("<Data Stream='Default' PSGuid='00000000-0000-0000-0000-000000000000'>AQID</Data>",
                OutOfProcPacket.data(OutOfProcPacket.Stream.DEFAULT, rp, new byte[] {1, 2, 3}).toLine());
        assertEquals("<Data Stream='PromptResponse' PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c'>AA==</Data>",
                OutOfProcPacket.data(OutOfProcPacket.Stream.PROMPT_RESPONSE, PID, new byte[] {0}).toLine());
        assertEquals("<DataAck PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c' />", OutOfProcPacket.dataAck(PID).toLine());
        assertEquals("<Command PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c' />", OutOfProcPacket.command(PID).toLine());
        assertEquals("<CommandAck PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c' />", OutOfProcPacket.commandAck(PID).toLine());
        assertEquals("<Signal PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c' />", OutOfProcPacket.signal(PID).toLine());
        assertEquals("<SignalAck PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c' />", OutOfProcPacket.signalAck(PID).toLine());
        assertEquals("<Close PSGuid='00000000-0000-0000-0000-000000000000' />", OutOfProcPacket.close(rp).toLine());
        assertEquals("<CloseAck PSGuid='00000000-0000-0000-0000-000000000000' />", OutOfProcPacket.closeAck(rp).toLine());
        assertArrayEquals("<Close PSGuid='00000000-0000-0000-0000-000000000000' />\n".getBytes(StandardCharsets.US_ASCII),
                OutOfProcPacket.close(rp).toBytes());
        assertTrue(OutOfProcPacket.close(rp).isForRunspacePool());
        assertFalse(OutOfProcPacket.close(PID).isForRunspacePool());
    }

    @Test
    void readersAcceptWhatPwshsXmlReaderAccepts() {
        assertEquals(OutOfProcPacket.dataAck(PID),
                OutOfProcPacket.parse("<DataAck PSGuid=\"6E6E7727-08B7-4440-855F-6E417C17511C\"/>"));
        assertEquals(OutOfProcPacket.dataAck(PID),
                OutOfProcPacket.parse("  <DataAck  Stream='Default'  PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c'  />\r"));
        assertEquals(OutOfProcPacket.data(OutOfProcPacket.Stream.DEFAULT, PID, new byte[] {1, 2, 3}),
                OutOfProcPacket.parse("<Data PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c' Stream='Default'>AQID</Data>"));
    }

    @Test
    void badPacketsAreRefusedWithPowerShellsErrorIds() throws IOException {
        int checked = 0;
        for (String line : resource("invalid-packets.txt").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            PsrpException e = assertThrows(PsrpException.class, () -> OutOfProcPacket.parse(parts[1]), parts[1]);
            assertEquals(parts[0], e.errorId(), parts[1] + ": " + e.getMessage());
            checked++;
        }
        assertEquals(18, checked);
        PsrpException e = assertThrows(PsrpException.class, () -> OutOfProcPacket.parse("<Hello />"));
        assertEquals("An unknown element \"Hello\" was received. This can happen if the remote process closed or ended abnormally.",
                e.getMessage());
    }

    @Test
    void theDecoderSkipsBlankLinesReportsPwshErrorLinesAndLimitsLines() {
        OutOfProcDecoder decoder = new OutOfProcDecoder(100);
        List<OutOfProcPacket> packets = decoder.feed(
                "\r\n<Close PSGuid='00000000-0000-0000-0000-000000000000' />\r\n   \n<Clo".getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of(OutOfProcPacket.close(PsrpMessage.EMPTY_GUID)), packets);
        assertTrue(decoder.sawEmptyLine());
        assertTrue(decoder.hasPartialLine());
        assertEquals(List.of(OutOfProcPacket.close(PID)),
                decoder.feed("se PSGuid='6e6e7727-08b7-4440-855f-6e417c17511c' />\n".getBytes(StandardCharsets.US_ASCII)));

        PsrpException error = assertThrows(PsrpException.class,
                () -> decoder.feed("__NamedPipeError__: The SSH client session has ended\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("IPCServerProcessReportedError", error.errorId());
        assertEquals("The background process reported an error with the following message: The SSH client session has ended.",
                error.getMessage());

        PsrpException tooLong = assertThrows(PsrpException.class, () -> new OutOfProcDecoder(10).feed(new byte[11]));
        assertEquals("IPCLineTooLong", tooLong.errorId());
    }
}
