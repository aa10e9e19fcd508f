package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * The client host's description in INIT_RUNSPACEPOOL and CREATE_PIPELINE (MS-PSRP 2.2.3.14): which
 * parts of the host exist, and the host's current raw-UI values. {@code defaultData} is the
 * {@code _hostDefaultData.data} hashtable as sent: keys are the numbers below, values objects with
 * {@code T} (the .NET type name) and {@code V} (the value); null when the client sent none.
 */
public record HostInfo(boolean hostNull, boolean hostUINull, boolean hostRawUINull, boolean useRunspaceHost,
        PsDictionary defaultData) {

    /** Keys of {@link #defaultData()} (MS-PSRP 2.2.3.14). */
    public static final int FOREGROUND_COLOR = 0;
    public static final int BACKGROUND_COLOR = 1;
    public static final int CURSOR_POSITION = 2;
    public static final int WINDOW_POSITION = 3;
    public static final int CURSOR_SIZE = 4;
    public static final int BUFFER_SIZE = 5;
    public static final int WINDOW_SIZE = 6;
    public static final int MAX_WINDOW_SIZE = 7;
    public static final int MAX_PHYSICAL_WINDOW_SIZE = 8;
    public static final int WINDOW_TITLE = 9;

    private static final String[] HASHTABLE = {"System.Collections.Hashtable", "System.Object"};

    /** No host: what a client without a host sends, and what pwsh sends for a pipeline that uses the pool's host. */
    public static HostInfo noHost() {
        return new HostInfo(true, true, true, true, null);
    }

    /** The {@code V} of the default-data entry with this key, or null. */
    public Object defaultValue(int key) {
        if (defaultData == null) {
            return null;
        }
        for (PsDictionary.Entry e : defaultData.entries()) {
            if (Fields.unwrap(e.key()) instanceof Integer k && k == key && e.value() instanceof PsObjectData v) {
                return v.propertyValue("V");
            }
        }
        return null;
    }

    PsObjectData toClixml() {
        PsObjectData o = Fields.body()
                .addExtended("_isHostUINull", hostUINull)
                .addExtended("_isHostRawUINull", hostRawUINull)
                .addExtended("_isHostNull", hostNull);
        if (defaultData != null) {
            o.addExtended("_hostDefaultData", Fields.body().addExtended("data", new PsObjectData(HASHTABLE).setBaseValue(defaultData)));
        }
        return o.addExtended("_useRunspaceHost", useRunspaceHost);
    }

    static HostInfo decode(MessageType type, Object value) {
        PsObjectData o = Fields.object(type, value);
        PsDictionary data = null;
        if (Fields.has(o, "_hostDefaultData")) {
            PsObjectData defaults = Fields.objectOrNull(o, "_hostDefaultData");
            PsObjectData table = defaults == null ? null : Fields.objectOrNull(defaults, "data");
            if (table != null && table.baseValue() instanceof PsDictionary d) {
                data = d;
            }
        }
        return new HostInfo(Fields.bool(o, "_isHostNull"), Fields.bool(o, "_isHostUINull"), Fields.bool(o, "_isHostRawUINull"),
                Fields.bool(o, "_useRunspaceHost"), data);
    }
}
