package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;

/** RESET_RUNSPACE_STATE (MS-PSRP 2.2.2.31, protocol 2.3); answered by RUNSPACE_AVAILABILITY. */
public record ResetRunspaceState(long callId) implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.RESET_RUNSPACE_STATE;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("ci", callId);
    }

    public static ResetRunspaceState decode(Object body) {
        return new ResetRunspaceState(Fields.int64(Fields.object(MessageType.RESET_RUNSPACE_STATE, body), "ci"));
    }
}
