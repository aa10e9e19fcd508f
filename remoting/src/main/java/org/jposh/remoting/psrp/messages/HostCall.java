package org.jposh.remoting.psrp.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsCollection;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsValues;

/**
 * PIPELINE_HOST_CALL and RUNSPACEPOOL_HOST_CALL (MS-PSRP 2.2.2.27, 2.2.2.15): the server asks the
 * client's host to run a method. {@code callId} pairs the call with its response (negative ids are
 * calls that expect none); the parameters are CLIXML values encoded as MS-PSRP 2.2.3.17 describes.
 */
public record HostCall(MessageType type, long callId, HostMethodId method, List<Object> parameters) implements MessageBody {
    private static final String[] ARRAY_LIST = {"System.Collections.ArrayList", "System.Object"};

    public HostCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(parameters, "parameters");
        if (type != MessageType.PIPELINE_HOST_CALL && type != MessageType.RUNSPACEPOOL_HOST_CALL) {
            throw new IllegalArgumentException(type + " is not a host call");
        }
    }

    @Override
    public Object toClixml() {
        PsCollection list = new PsCollection(PsCollection.Kind.LIST);
        list.items().addAll(parameters);
        return Fields.body()
                .addExtended("ci", callId)
                .addExtended("mi", Fields.enumObject(HostMethodId.TYPE_NAMES, method))
                .addExtended("mp", new PsObjectData(ARRAY_LIST).setBaseValue(list));
    }

    public static HostCall decode(MessageType type, Object body) {
        PsObjectData o = Fields.object(type, body);
        PsCollection list = Fields.listOrNull(o, "mp");
        return new HostCall(type, Fields.int64(o, "ci"), Fields.enumValue(o, "mi", HostMethodId.class),
                list == null ? List.of() : new ArrayList<>(list.items()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostCall c && type == c.type && callId == c.callId && method == c.method
                && PsValues.deepEquals(PsCollection.list(parameters.toArray()), PsCollection.list(c.parameters.toArray()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, callId, method);
    }
}
