package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * APPLICATION_PRIVATE_DATA (MS-PSRP 2.2.2.13): the server's PSPrimitiveDictionary, which holds its
 * PSVersionTable; {@code data} is null when the server has none.
 */
public record ApplicationPrivateData(PsObjectData data) implements MessageBody {
    private static final String[] PRIMITIVE_DICTIONARY = {"System.Management.Automation.PSPrimitiveDictionary",
            "System.Collections.Hashtable", "System.Object"};

    /** Private data holding just a PSVersionTable with the given entries, as pwsh sends it. */
    public static ApplicationPrivateData withVersionTable(PsDictionary versionTable) {
        PsDictionary outer = new PsDictionary()
                .put("PSVersionTable", new PsObjectData(PRIMITIVE_DICTIONARY).setBaseValue(versionTable));
        return new ApplicationPrivateData(new PsObjectData(PRIMITIVE_DICTIONARY).setBaseValue(outer));
    }

    @Override
    public MessageType type() {
        return MessageType.APPLICATION_PRIVATE_DATA;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("ApplicationPrivateData", data);
    }

    /** The server's PSVersionTable entries, or null. */
    public PsDictionary psVersionTable() {
        if (data != null && data.baseValue() instanceof PsDictionary d && d.get("PSVersionTable") instanceof PsObjectData table
                && table.baseValue() instanceof PsDictionary entries) {
            return entries;
        }
        return null;
    }

    public static ApplicationPrivateData decode(Object body) {
        PsObjectData o = Fields.object(MessageType.APPLICATION_PRIVATE_DATA, body);
        return new ApplicationPrivateData(Fields.objectOrNull(o, "ApplicationPrivateData"));
    }
}
