package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/** RUNSPACEPOOL_INIT_DATA (MS-PSRP 2.2.2.30): the pool's limits, sent to a client that connected. */
public record RunspacePoolInitData(int minRunspaces, int maxRunspaces) implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.RUNSPACEPOOL_INIT_DATA;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("MinRunspaces", minRunspaces).addExtended("MaxRunspaces", maxRunspaces);
    }

    public static RunspacePoolInitData decode(Object body) {
        PsObjectData o = Fields.object(MessageType.RUNSPACEPOOL_INIT_DATA, body);
        return new RunspacePoolInitData(Fields.int32(o, "MinRunspaces"), Fields.int32(o, "MaxRunspaces"));
    }
}
