package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsValues;

/**
 * PIPELINE_HOST_RESPONSE and RUNSPACEPOOL_HOST_RESPONSE (MS-PSRP 2.2.2.28, 2.2.2.16): the client's
 * answer to a host call: the method's return value ({@code mr}, null when it returns nothing) or
 * the error it raised ({@code me}).
 */
public record HostResponse(MessageType type, long callId, HostMethodId method, Object returnValue, ErrorRecordData exception)
        implements MessageBody {

    public HostResponse {
        Objects.requireNonNull(method, "method");
        if (type != MessageType.PIPELINE_HOST_RESPONSE && type != MessageType.RUNSPACEPOOL_HOST_RESPONSE) {
            throw new IllegalArgumentException(type + " is not a host response");
        }
    }

    @Override
    public Object toClixml() {
        PsObjectData o = Fields.body();
        if (returnValue != null) {
            o.addExtended("mr", returnValue);
        }
        if (exception != null) {
            o.addExtended("me", exception.data());
        }
        return o.addExtended("ci", callId).addExtended("mi", Fields.enumObject(HostMethodId.TYPE_NAMES, method));
    }

    public static HostResponse decode(MessageType type, Object body) {
        PsObjectData o = Fields.object(type, body);
        PsObjectData error = Fields.has(o, "me") ? Fields.objectOrNull(o, "me") : null;
        return new HostResponse(type, Fields.int64(o, "ci"), Fields.enumValue(o, "mi", HostMethodId.class),
                o.propertyValue("mr"), error == null ? null : new ErrorRecordData(error));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostResponse r && type == r.type && callId == r.callId && method == r.method
                && PsValues.deepEquals(returnValue, r.returnValue) && Objects.equals(exception, r.exception);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, callId, method);
    }
}
