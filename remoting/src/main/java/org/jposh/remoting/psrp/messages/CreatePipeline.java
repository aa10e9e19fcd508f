package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * CREATE_PIPELINE (MS-PSRP 2.2.2.10): run a pipeline in the pool. {@code remoteStreamOptions} is the
 * RemoteStreamOptions flags value ({@link #ADD_INVOCATION_INFO}, what pwsh sends by default).
 */
public record CreatePipeline(PowerShellData powerShell, boolean noInput, ApartmentState apartmentState,
        int remoteStreamOptions, boolean addToHistory, HostInfo hostInfo, boolean isNested) implements MessageBody {

    /** RemoteStreamOptions flags. */
    public static final int ADD_INVOCATION_INFO_TO_ERROR_RECORD = 1;
    public static final int ADD_INVOCATION_INFO_TO_WARNING_RECORD = 2;
    public static final int ADD_INVOCATION_INFO_TO_DEBUG_RECORD = 4;
    public static final int ADD_INVOCATION_INFO_TO_VERBOSE_RECORD = 8;
    public static final int ADD_INVOCATION_INFO = 15;

    private static final String[] STREAM_OPTIONS = Fields.enumTypeNames("System.Management.Automation.Runspaces.RemoteStreamOptions");
    private static final String[] FLAG_NAMES = {"AddInvocationInfoToErrorRecord", "AddInvocationInfoToWarningRecord",
            "AddInvocationInfoToDebugRecord", "AddInvocationInfoToVerboseRecord"};

    @Override
    public MessageType type() {
        return MessageType.CREATE_PIPELINE;
    }

    @Override
    public Object toClixml() {
        return Fields.body()
                .addExtended("PowerShell", powerShell.toClixml())
                .addExtended("NoInput", noInput)
                .addExtended("ApartmentState", Fields.enumObject(ApartmentState.TYPE_NAMES, apartmentState))
                .addExtended("RemoteStreamOptions", Fields.enumObject(STREAM_OPTIONS, streamOptionsName(remoteStreamOptions), remoteStreamOptions))
                .addExtended("AddToHistory", addToHistory)
                .addExtended("HostInfo", hostInfo.toClixml())
                .addExtended("IsNested", isNested);
    }

    /** How .NET prints a RemoteStreamOptions value: a named combination, else the flags joined with ", ". */
    static String streamOptionsName(int flags) {
        if (flags == 0) {
            return "None";
        }
        if (flags == ADD_INVOCATION_INFO) {
            return "AddInvocationInfo";
        }
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < FLAG_NAMES.length; bit++) {
            if ((flags & 1 << bit) != 0) {
                sb.append(sb.isEmpty() ? "" : ", ").append(FLAG_NAMES[bit]);
            }
        }
        return (flags & ~ADD_INVOCATION_INFO) != 0 ? Integer.toString(flags) : sb.toString();
    }

    public static CreatePipeline decode(Object body) {
        PsObjectData o = Fields.object(MessageType.CREATE_PIPELINE, body);
        Object options = Fields.unwrap(Fields.value(o, "RemoteStreamOptions"));
        if (!(options instanceof Integer flags)) {
            throw Fields.missing("RemoteStreamOptions");
        }
        return new CreatePipeline(PowerShellData.decode(Fields.value(o, "PowerShell")), Fields.bool(o, "NoInput"),
                Fields.enumValue(o, "ApartmentState", ApartmentState.class), flags, Fields.bool(o, "AddToHistory"),
                HostInfo.decode(MessageType.CREATE_PIPELINE, Fields.value(o, "HostInfo")), Fields.bool(o, "IsNested"));
    }
}
