package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;

/** GET_AVAILABLE_RUNSPACES (MS-PSRP 2.2.2.6); answered by RUNSPACE_AVAILABILITY with the count. */
public record GetAvailableRunspaces(long callId) implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.GET_AVAILABLE_RUNSPACES;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("ci", callId);
    }

    public static GetAvailableRunspaces decode(Object body) {
        return new GetAvailableRunspaces(Fields.int64(Fields.object(MessageType.GET_AVAILABLE_RUNSPACES, body), "ci"));
    }
}
