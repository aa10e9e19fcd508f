package org.jposh.remoting.psrp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.jposh.remoting.psrp.clixml.ClixmlReader;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;

/**
 * One PSRP message (MS-PSRP 2.2.1): a 40-byte header, then the body.
 *
 * <pre>
 *  0  Destination     4 bytes, little-endian ({@link Destination})
 *  4  MessageType     4 bytes, little-endian ({@link MessageType})
 *  8  RPID           16 bytes, .NET GUID layout ({@link DotNetGuid})
 * 24  PID            16 bytes, .NET GUID layout; all zero for runspace-pool messages
 * 40  Data           UTF-8 CLIXML, or nothing (END_OF_PIPELINE_INPUT)
 * </pre>
 *
 * pwsh and Windows PowerShell start the body with a UTF-8 byte order mark, pypsrp does not: both
 * are read, and {@link #of} writes the mark as pwsh does. {@link #data()} keeps the bytes as
 * they came, so a received message re-encodes byte for byte.
 */
public record PsrpMessage(Destination destination, MessageType type, UUID runspacePoolId, UUID pipelineId, byte[] data) {
    /** Size of the header in bytes. */
    public static final int HEADER_SIZE = 40;

    /** The all-zero GUID: the pipeline id of runspace-pool messages. */
    public static final UUID EMPTY_GUID = new UUID(0, 0);

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public PsrpMessage {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(runspacePoolId, "runspacePoolId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(data, "data");
    }

    /**
     * A message whose body is the CLIXML of {@code body} (a model value, see {@link ClixmlReader}),
     * BOM-prefixed as pwsh sends it.
     */
    public static PsrpMessage of(Destination destination, MessageType type, UUID runspacePoolId, UUID pipelineId,
            Object body) {
        return withClixml(destination, type, runspacePoolId, pipelineId, ClixmlWriter.write(body));
    }

    /** A message without a body, as END_OF_PIPELINE_INPUT is sent. */
    public static PsrpMessage empty(Destination destination, MessageType type, UUID runspacePoolId, UUID pipelineId) {
        return new PsrpMessage(destination, type, runspacePoolId, pipelineId, new byte[0]);
    }

    /** A message whose body is the given CLIXML text, BOM-prefixed as pwsh sends it. */
    public static PsrpMessage withClixml(Destination destination, MessageType type, UUID runspacePoolId,
            UUID pipelineId, String clixml) {
        byte[] text = clixml.getBytes(StandardCharsets.UTF_8);
        byte[] data = Arrays.copyOf(BOM, BOM.length + text.length);
        System.arraycopy(text, 0, data, BOM.length, text.length);
        return new PsrpMessage(destination, type, runspacePoolId, pipelineId, data);
    }

    /** Decodes a reassembled message (header and body). */
    public static PsrpMessage fromBytes(byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            throw new PsrpException("NotEnoughHeaderForRemoteDataObject",
                    "An error occurred while decoding data received from the remote computer. At least " + HEADER_SIZE
                            + " bytes of data are required to decode a deserialized object that is received from a remote"
                            + " computer. This can happen if the fragments are not properly constructed by the remote"
                            + " computer, or if the data was corrupted or changed.");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN);
        Destination destination = Destination.fromCode(header.getInt());
        MessageType type = MessageType.fromCode(header.getInt());
        return new PsrpMessage(destination, type, DotNetGuid.read(bytes, 8), DotNetGuid.read(bytes, 24),
                Arrays.copyOfRange(bytes, HEADER_SIZE, bytes.length));
    }

    /** The header and body, ready to fragment. */
    public byte[] toBytes() {
        byte[] bytes = new byte[HEADER_SIZE + data.length];
        ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).putInt(destination.code()).putInt(type.code());
        DotNetGuid.write(runspacePoolId, bytes, 8);
        DotNetGuid.write(pipelineId, bytes, 24);
        System.arraycopy(data, 0, bytes, HEADER_SIZE, data.length);
        return bytes;
    }

    /** Whether the body starts with a UTF-8 byte order mark. */
    public boolean hasByteOrderMark() {
        return data.length >= 3 && data[0] == BOM[0] && data[1] == BOM[1] && data[2] == BOM[2];
    }

    /** The body as text, without the byte order mark; empty for an empty body. */
    public String bodyText() {
        int skip = hasByteOrderMark() ? BOM.length : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, skip, data.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PsrpException("InvalidMessageEncoding",
                    "The body of the " + type + " message is not valid UTF-8.", e);
        }
    }

    /** Whether the message has no body at all (END_OF_PIPELINE_INPUT, an empty PUBLIC_KEY_REQUEST...). */
    public boolean isEmpty() {
        return data.length == 0;
    }

    /** The body deserialized into the CLIXML model; null for an empty body. */
    public Object bodyValue() {
        String text = bodyText();
        return text.isEmpty() ? null : ClixmlReader.read(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PsrpMessage m && destination == m.destination && type == m.type
                && runspacePoolId.equals(m.runspacePoolId) && pipelineId.equals(m.pipelineId) && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(destination, type, runspacePoolId, pipelineId) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return type + " to " + destination + " (RPID " + runspacePoolId + ", PID " + pipelineId + ", " + data.length + " bytes)";
    }
}
