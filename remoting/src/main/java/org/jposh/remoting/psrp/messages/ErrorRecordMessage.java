package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;

/** ERROR_RECORD (MS-PSRP 2.2.2.20): a non-terminating error written by the pipeline. */
public record ErrorRecordMessage(ErrorRecordData record) implements MessageBody {
    public ErrorRecordMessage {
        Objects.requireNonNull(record, "record");
    }

    @Override
    public MessageType type() {
        return MessageType.ERROR_RECORD;
    }

    @Override
    public Object toClixml() {
        return record.data();
    }

    public static ErrorRecordMessage decode(Object body) {
        return new ErrorRecordMessage(new ErrorRecordData(Fields.object(MessageType.ERROR_RECORD, body)));
    }
}
