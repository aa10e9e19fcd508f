package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsValues;

/** PIPELINE_INPUT (MS-PSRP 2.2.2.17): one input object for the pipeline, any CLIXML value. */
public record PipelineInput(Object value) implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.PIPELINE_INPUT;
    }

    @Override
    public Object toClixml() {
        return value;
    }

    public static PipelineInput decode(Object body) {
        return new PipelineInput(body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PipelineInput p && PsValues.deepEquals(value, p.value);
    }

    @Override
    public int hashCode() {
        return value == null ? 0 : value.hashCode();
    }
}
