package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * INIT_RUNSPACEPOOL (MS-PSRP 2.2.2.2): the client asks for a runspace pool. {@code applicationArguments}
 * is the PSPrimitiveDictionary the client passes along (pwsh sends its PSVersionTable), or null.
 */
public record InitRunspacePool(int minRunspaces, int maxRunspaces, PSThreadOptions threadOptions, ApartmentState apartmentState,
        HostInfo hostInfo, Object applicationArguments) implements MessageBody {

    @Override
    public MessageType type() {
        return MessageType.INIT_RUNSPACEPOOL;
    }

    @Override
    public Object toClixml() {
        return Fields.body()
                .addExtended("MinRunspaces", minRunspaces)
                .addExtended("MaxRunspaces", maxRunspaces)
                .addExtended("PSThreadOptions", Fields.enumObject(PSThreadOptions.TYPE_NAMES, threadOptions))
                .addExtended("ApartmentState", Fields.enumObject(ApartmentState.TYPE_NAMES, apartmentState))
                .addExtended("ApplicationArguments", applicationArguments)
                .addExtended("HostInfo", hostInfo.toClixml());
    }

    public static InitRunspacePool decode(Object body) {
        PsObjectData o = Fields.object(MessageType.INIT_RUNSPACEPOOL, body);
        return new InitRunspacePool(Fields.int32(o, "MinRunspaces"), Fields.int32(o, "MaxRunspaces"),
                Fields.enumValue(o, "PSThreadOptions", PSThreadOptions.class),
                Fields.enumValue(o, "ApartmentState", ApartmentState.class),
                HostInfo.decode(MessageType.INIT_RUNSPACEPOOL, Fields.value(o, "HostInfo")),
                Fields.has(o, "ApplicationArguments") ? o.propertyValue("ApplicationArguments") : null);
    }
}
