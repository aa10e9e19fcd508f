package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * PIPELINE_STATE (MS-PSRP 2.2.2.21): the pipeline's new state; on Stopped and Failed the error
 * record that ended it.
 */
public record PipelineStateInfo(PSInvocationState state, ErrorRecordData reason) implements MessageBody {
    public PipelineStateInfo {
        Objects.requireNonNull(state, "state");
    }

    @Override
    public MessageType type() {
        return MessageType.PIPELINE_STATE;
    }

    @Override
    public Object toClixml() {
        PsObjectData o = Fields.body().addExtended("PipelineState", state.value());
        if (reason != null) {
            o.addExtended("ExceptionAsErrorRecord", reason.data());
        }
        return o;
    }

    public static PipelineStateInfo decode(Object body) {
        PsObjectData o = Fields.object(MessageType.PIPELINE_STATE, body);
        return new PipelineStateInfo(Fields.enumValue(o, "PipelineState", PSInvocationState.class), RunspacePoolStateInfo.reason(o));
    }
}
