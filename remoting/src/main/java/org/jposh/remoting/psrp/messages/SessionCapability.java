package org.jposh.remoting.psrp.messages;

import java.util.Arrays;
import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsVersion;

/**
 * SESSION_CAPABILITY (MS-PSRP 2.2.2.1): the versions each side speaks, the first message both ways.
 * Windows PowerShell clients may add a TimeZone blob (a .NET binary-serialized TimeZone), which is
 * kept but not interpreted; null when absent.
 */
public record SessionCapability(PsVersion protocolVersion, PsVersion psVersion, PsVersion serializationVersion,
        byte[] timeZone) implements MessageBody {

    /** What pwsh 7 and Windows PowerShell 5.1 announce: protocol 2.3, PSVersion 2.0, serialization 1.1.0.1. */
    public static SessionCapability current() {
        return new SessionCapability(new PsVersion(2, 3), new PsVersion(2, 0), new PsVersion(1, 1, 0, 1), null);
    }

    public SessionCapability {
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(psVersion, "psVersion");
        Objects.requireNonNull(serializationVersion, "serializationVersion");
    }

    @Override
    public MessageType type() {
        return MessageType.SESSION_CAPABILITY;
    }

    @Override
    public Object toClixml() {
        PsObjectData o = Fields.body()
                .addExtended("protocolversion", protocolVersion)
                .addExtended("PSVersion", psVersion)
                .addExtended("SerializationVersion", serializationVersion);
        if (timeZone != null) {
            o.addExtended("TimeZone", timeZone);
        }
        return o;
    }

    public static SessionCapability decode(Object body) {
        PsObjectData o = Fields.object(MessageType.SESSION_CAPABILITY, body);
        byte[] timeZone = null;
        if (Fields.has(o, "TimeZone") && Fields.unwrap(o.propertyValue("TimeZone")) instanceof byte[] b) {
            timeZone = b;
        }
        return new SessionCapability(Fields.version(o, "protocolversion"), Fields.version(o, "PSVersion"),
                Fields.version(o, "SerializationVersion"), timeZone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionCapability c && protocolVersion.equals(c.protocolVersion) && psVersion.equals(c.psVersion)
                && serializationVersion.equals(c.serializationVersion) && Arrays.equals(timeZone, c.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(protocolVersion, psVersion, serializationVersion);
    }
}
