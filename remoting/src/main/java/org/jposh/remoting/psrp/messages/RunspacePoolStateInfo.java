package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/** RUNSPACEPOOL_STATE (MS-PSRP 2.2.2.9): the pool's new state, and the error that broke it if any. */
public record RunspacePoolStateInfo(RunspacePoolState state, ErrorRecordData reason) implements MessageBody {
    public RunspacePoolStateInfo {
        Objects.requireNonNull(state, "state");
    }

    @Override
    public MessageType type() {
        return MessageType.RUNSPACEPOOL_STATE;
    }

    @Override
    public Object toClixml() {
        PsObjectData o = Fields.body().addExtended("RunspaceState", state.value());
        if (reason != null) {
            o.addExtended("ExceptionAsErrorRecord", reason.data());
        }
        return o;
    }

    public static RunspacePoolStateInfo decode(Object body) {
        PsObjectData o = Fields.object(MessageType.RUNSPACEPOOL_STATE, body);
        return new RunspacePoolStateInfo(Fields.enumValue(o, "RunspaceState", RunspacePoolState.class), reason(o));
    }

    static ErrorRecordData reason(PsObjectData o) {
        PsObjectData error = Fields.has(o, "ExceptionAsErrorRecord") ? Fields.objectOrNull(o, "ExceptionAsErrorRecord") : null;
        return error == null ? null : new ErrorRecordData(error);
    }
}
