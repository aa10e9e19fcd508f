package org.jposh.remoting.psrp.messages;

import java.util.UUID;
import org.jposh.remoting.psrp.Destination;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpMessage;

/**
 * The typed body of a PSRP message. Each implementation decodes from the CLIXML model
 * ({@code static decode(Object)}) and encodes back to it ({@link #toClixml()}) in the property
 * order pwsh uses; {@link Messages#decode} picks the right one for a received message.
 */
public interface MessageBody {
    MessageType type();

    /** The body as a CLIXML model value. */
    Object toClixml();

    /** False for messages sent without any body (END_OF_PIPELINE_INPUT). */
    default boolean hasBody() {
        return true;
    }

    /** The message to the destination of this body's type. */
    default PsrpMessage toMessage(UUID runspacePoolId, UUID pipelineId) {
        Destination destination = type().destination();
        if (destination == null) {
            throw new IllegalStateException(type() + " goes both ways: name its destination");
        }
        return toMessage(destination, runspacePoolId, pipelineId);
    }

    default PsrpMessage toMessage(Destination destination, UUID runspacePoolId, UUID pipelineId) {
        if (type().destination() != null && type().destination() != destination) {
            throw new IllegalArgumentException(type() + " messages go to the " + type().destination() + ", not the " + destination);
        }
        return hasBody()
                ? PsrpMessage.of(destination, type(), runspacePoolId, pipelineId, toClixml())
                : PsrpMessage.empty(destination, type(), runspacePoolId, pipelineId);
    }
}
