package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/** PROGRESS_RECORD (MS-PSRP 2.2.2.25): a Write-Progress record; absent numbers are -1 as in .NET. */
public record ProgressRecordMessage(String activity, int activityId, String statusDescription, String currentOperation,
        int parentActivityId, int percentComplete, ProgressRecordType recordType, int secondsRemaining) implements MessageBody {

    @Override
    public MessageType type() {
        return MessageType.PROGRESS_RECORD;
    }

    @Override
    public Object toClixml() {
        return Fields.body()
                .addExtended("Activity", activity)
                .addExtended("ActivityId", activityId)
                .addExtended("StatusDescription", statusDescription)
                .addExtended("CurrentOperation", currentOperation)
                .addExtended("ParentActivityId", parentActivityId)
                .addExtended("PercentComplete", percentComplete)
                .addExtended("Type", Fields.enumObject(ProgressRecordType.TYPE_NAMES, recordType))
                .addExtended("SecondsRemaining", secondsRemaining);
    }

    public static ProgressRecordMessage decode(Object body) {
        PsObjectData o = Fields.object(MessageType.PROGRESS_RECORD, body);
        return new ProgressRecordMessage(Fields.string(o, "Activity"), Fields.int32(o, "ActivityId"),
                Fields.string(o, "StatusDescription"), Fields.string(o, "CurrentOperation"), Fields.int32(o, "ParentActivityId"),
                Fields.int32(o, "PercentComplete"), Fields.enumValue(o, "Type", ProgressRecordType.class),
                Fields.int32(o, "SecondsRemaining"));
    }
}
