package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsValues;

/** PIPELINE_OUTPUT (MS-PSRP 2.2.2.19): one output object of the pipeline, any CLIXML value. */
public record PipelineOutput(Object value) implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.PIPELINE_OUTPUT;
    }

    @Override
    public Object toClixml() {
        return value;
    }

    public static PipelineOutput decode(Object body) {
        return new PipelineOutput(body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PipelineOutput p && PsValues.deepEquals(value, p.value);
    }

    @Override
    public int hashCode() {
        return value == null ? 0 : value.hashCode();
    }
}
