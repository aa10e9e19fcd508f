package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsValues;

/**
 * A message whose body has no record of its own yet (GET_COMMAND_METADATA and USER_EVENT, for
 * implicit remoting and remote events): the CLIXML value as received.
 */
public record UntypedBody(MessageType type, Object value) implements MessageBody {
    public UntypedBody {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public Object toClixml() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UntypedBody u && type == u.type && PsValues.deepEquals(value, u.value);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }
}
