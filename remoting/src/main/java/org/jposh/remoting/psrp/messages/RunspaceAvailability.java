package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * RUNSPACE_AVAILABILITY (MS-PSRP 2.2.2.8): the answer to SET_MAX/MIN_RUNSPACES and
 * RESET_RUNSPACE_STATE (a Boolean: whether it worked) or to GET_AVAILABLE_RUNSPACES (a number).
 */
public record RunspaceAvailability(Object response, long callId) implements MessageBody {
    public RunspaceAvailability {
        if (!(response instanceof Boolean || response instanceof Integer || response instanceof Long)) {
            throw new IllegalArgumentException("The response is a Boolean or a number, not " + response);
        }
    }

    @Override
    public MessageType type() {
        return MessageType.RUNSPACE_AVAILABILITY;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("SetMinMaxRunspacesResponse", response).addExtended("ci", callId);
    }

    public static RunspaceAvailability decode(Object body) {
        PsObjectData o = Fields.object(MessageType.RUNSPACE_AVAILABILITY, body);
        Object response = Fields.unwrap(Fields.value(o, "SetMinMaxRunspacesResponse"));
        if (!(response instanceof Boolean || response instanceof Integer || response instanceof Long)) {
            throw new PsrpException("InvalidPropertyType",
                    "Remoting data property SetMinMaxRunspacesResponse should be a Boolean or a number but is "
                            + Objects.toString(response) + ".");
        }
        return new RunspaceAvailability(response, Fields.int64(o, "ci"));
    }
}
