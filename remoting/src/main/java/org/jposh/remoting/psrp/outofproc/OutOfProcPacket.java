package org.jposh.remoting.psrp.outofproc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;

/**
 * One packet of the OutOfProc framing that pwsh speaks over SSH ({@code pwsh -sshs}) and stdio
 * ({@code pwsh -s}): one XML element per line.
 *
 * <pre>
 * &lt;Data Stream='Default' PSGuid='GUID'&gt;BASE64 OF ONE OR MORE FRAGMENTS&lt;/Data&gt;
 * &lt;DataAck PSGuid='GUID' /&gt;
 * &lt;Command PSGuid='PID' /&gt;    &lt;CommandAck PSGuid='PID' /&gt;
 * &lt;Signal PSGuid='PID' /&gt;     &lt;SignalAck PSGuid='PID' /&gt;
 * &lt;Close PSGuid='GUID' /&gt;     &lt;CloseAck PSGuid='GUID' /&gt;
 * </pre>
 *
 * The all-zero GUID addresses the runspace pool, any other a pipeline. {@link #toLine()} writes
 * exactly pwsh's form; {@link #parse} accepts what pwsh's reader accepts (either quote style, any
 * attribute order) plus a {@code Stream} attribute on acknowledgements, which some peers send, and
 * rejects anything else with PowerShell's IPC error ids.
 */
public record OutOfProcPacket(Kind kind, Stream stream, UUID psGuid, byte[] data) {

    /** The packet elements. */
    public enum Kind {
        DATA("Data"),
        DATA_ACK("DataAck"),
        COMMAND("Command"),
        COMMAND_ACK("CommandAck"),
        SIGNAL("Signal"),
        SIGNAL_ACK("SignalAck"),
        CLOSE("Close"),
        CLOSE_ACK("CloseAck");

        private final String element;

        Kind(String element) {
            this.element = element;
        }

        public String element() {
            return element;
        }

        static Kind forElement(String name) {
            for (Kind k : values()) {
                if (k.element.equals(name)) {
                    return k;
                }
            }
            throw new PsrpException("IPCUnknownElementReceived", "An unknown element \"" + name
                    + "\" was received. This can happen if the remote process closed or ended abnormally.");
        }
    }

    /** The priority stream of a Data packet: host responses travel apart from other data. */
    public enum Stream {
        DEFAULT("Default"),
        PROMPT_RESPONSE("PromptResponse");

        private final String attribute;

        Stream(String attribute) {
            this.attribute = attribute;
        }

        public String attribute() {
            return attribute;
        }

        static Stream forAttribute(String value) {
            for (Stream s : values()) {
                if (s.attribute.equals(value)) {
                    return s;
                }
            }
            throw new PsrpException("IPCUnknownStream", "The Data element names an unknown stream \"" + value
                    + "\". Only \"Default\" and \"PromptResponse\" are supported.");
        }
    }

    public OutOfProcPacket {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(psGuid, "psGuid");
        if ((kind == Kind.DATA) != (data != null) || (kind == Kind.DATA) != (stream != null)) {
            throw new IllegalArgumentException("A Data packet, and only a Data packet, has a stream and data");
        }
    }

    public static OutOfProcPacket data(Stream stream, UUID psGuid, byte[] fragments) {
        return new OutOfProcPacket(Kind.DATA, stream, psGuid, fragments);
    }

    public static OutOfProcPacket dataAck(UUID psGuid) {
        return new OutOfProcPacket(Kind.DATA_ACK, null, psGuid, null);
    }

    public static OutOfProcPacket command(UUID pipelineId) {
        return new OutOfProcPacket(Kind.COMMAND, null, pipelineId, null);
    }

    public static OutOfProcPacket commandAck(UUID pipelineId) {
        return new OutOfProcPacket(Kind.COMMAND_ACK, null, pipelineId, null);
    }

    public static OutOfProcPacket signal(UUID pipelineId) {
        return new OutOfProcPacket(Kind.SIGNAL, null, pipelineId, null);
    }

    public static OutOfProcPacket signalAck(UUID pipelineId) {
        return new OutOfProcPacket(Kind.SIGNAL_ACK, null, pipelineId, null);
    }

    public static OutOfProcPacket close(UUID psGuid) {
        return new OutOfProcPacket(Kind.CLOSE, null, psGuid, null);
    }

    public static OutOfProcPacket closeAck(UUID psGuid) {
        return new OutOfProcPacket(Kind.CLOSE_ACK, null, psGuid, null);
    }

    /** Whether the packet is for the runspace pool (the all-zero GUID) rather than a pipeline. */
    public boolean isForRunspacePool() {
        return psGuid.equals(PsrpMessage.EMPTY_GUID);
    }

    /** The packet as pwsh writes it, without the line end. */
    public String toLine() {
        if (kind == Kind.DATA) {
            return "<Data Stream='" + stream.attribute() + "' PSGuid='" + psGuid + "'>"
                    + Base64.getEncoder().encodeToString(data) + "</Data>";
        }
        return "<" + kind.element() + " PSGuid='" + psGuid + "' />";
    }

    /** The packet as one line of output: ASCII, ending with a line feed. */
    public byte[] toBytes() {
        return (toLine() + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Parses one line (without its line end; a trailing carriage return is allowed). */
    public static OutOfProcPacket parse(String line) {
        return new PacketParser(line).parse();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutOfProcPacket p && kind == p.kind && stream == p.stream && psGuid.equals(p.psGuid)
                && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, stream, psGuid);
    }

    @Override
    public String toString() {
        return kind == Kind.DATA ? "Data(" + stream.attribute() + ", " + psGuid + ", " + data.length + " bytes)"
                : kind.element() + "(" + psGuid + ")";
    }
}
