package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/** SET_MAX_RUNSPACES (MS-PSRP 2.2.2.3); answered by RUNSPACE_AVAILABILITY with the same call id. */
public record SetMaxRunspaces(int maxRunspaces, long callId) implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.SET_MAX_RUNSPACES;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("MaxRunspaces", maxRunspaces).addExtended("ci", callId);
    }

    public static SetMaxRunspaces decode(Object body) {
        PsObjectData o = Fields.object(MessageType.SET_MAX_RUNSPACES, body);
        return new SetMaxRunspaces(Fields.int32(o, "MaxRunspaces"), Fields.int64(o, "ci"));
    }
}
