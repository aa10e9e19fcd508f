package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/** SET_MIN_RUNSPACES (MS-PSRP 2.2.2.4); answered by RUNSPACE_AVAILABILITY with the same call id. */
public record SetMinRunspaces(int minRunspaces, long callId) implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.SET_MIN_RUNSPACES;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("MinRunspaces", minRunspaces).addExtended("ci", callId);
    }

    public static SetMinRunspaces decode(Object body) {
        PsObjectData o = Fields.object(MessageType.SET_MIN_RUNSPACES, body);
        return new SetMinRunspaces(Fields.int32(o, "MinRunspaces"), Fields.int64(o, "ci"));
    }
}
