package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * DEBUG_RECORD, VERBOSE_RECORD and WARNING_RECORD (MS-PSRP 2.2.2.22-24): an InformationalRecord,
 * kept whole (it may carry the flattened InvocationInfo); {@link #create} builds one as pwsh does
 * when it does not serialize the invocation info.
 */
public record InformationalRecordMessage(MessageType type, PsObjectData record) implements MessageBody {
    public InformationalRecordMessage {
        Objects.requireNonNull(record, "record");
        if (type != MessageType.DEBUG_RECORD && type != MessageType.VERBOSE_RECORD && type != MessageType.WARNING_RECORD) {
            throw new IllegalArgumentException(type + " is not an informational record");
        }
    }

    public static InformationalRecordMessage create(MessageType type, String message) {
        String recordType = switch (type) {
            case DEBUG_RECORD -> "System.Management.Automation.DebugRecord";
            case VERBOSE_RECORD -> "System.Management.Automation.VerboseRecord";
            case WARNING_RECORD -> "System.Management.Automation.WarningRecord";
            default -> throw new IllegalArgumentException(type + " is not an informational record");
        };
        PsObjectData record = new PsObjectData(recordType, "System.Management.Automation.InformationalRecord", "System.Object")
                .setToStringValue(message)
                .addExtended("InformationalRecord_Message", message)
                .addExtended("InformationalRecord_SerializeInvocationInfo", false);
        return new InformationalRecordMessage(type, record);
    }

    /** The record's message. */
    public String message() {
        Object m = Fields.unwrap(record.propertyValue("InformationalRecord_Message"));
        return m instanceof String s ? s : record.toStringValue();
    }

    @Override
    public Object toClixml() {
        return record;
    }

    public static InformationalRecordMessage decode(MessageType type, Object body) {
        return new InformationalRecordMessage(type, Fields.object(type, body));
    }
}
