package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * CONNECT_RUNSPACEPOOL (MS-PSRP 2.2.2.29): a new client attaches to a disconnected pool, optionally
 * asking for new runspace limits (null: unchanged). Without limits pwsh sends an empty string.
 */
public record ConnectRunspacePool(Integer minRunspaces, Integer maxRunspaces) implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.CONNECT_RUNSPACEPOOL;
    }

    @Override
    public Object toClixml() {
        if (minRunspaces == null && maxRunspaces == null) {
            return "";
        }
        PsObjectData o = Fields.body();
        if (minRunspaces != null) {
            o.addExtended("MinRunspaces", minRunspaces);
        }
        if (maxRunspaces != null) {
            o.addExtended("MaxRunspaces", maxRunspaces);
        }
        return o;
    }

    public static ConnectRunspacePool decode(Object body) {
        if (body == null || body instanceof String) {
            return new ConnectRunspacePool(null, null);
        }
        PsObjectData o = Fields.object(MessageType.CONNECT_RUNSPACEPOOL, body);
        return new ConnectRunspacePool(Fields.has(o, "MinRunspaces") ? Fields.int32(o, "MinRunspaces") : null,
                Fields.has(o, "MaxRunspaces") ? Fields.int32(o, "MaxRunspaces") : null);
    }
}
