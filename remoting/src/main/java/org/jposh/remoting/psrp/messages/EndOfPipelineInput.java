package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;

/** END_OF_PIPELINE_INPUT (MS-PSRP 2.2.2.18): no more input follows; the message has no body. */
public record EndOfPipelineInput() implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.END_OF_PIPELINE_INPUT;
    }

    @Override
    public Object toClixml() {
        return null;
    }

    @Override
    public boolean hasBody() {
        return false;
    }
}
