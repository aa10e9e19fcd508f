package org.jposh.remoting.psrp.messages;

/** System.Management.Automation.Runspaces.PipelineResultTypes: where a command's stream is merged to. */
public enum PipelineResultTypes implements DotNetEnum {
    NONE(0, "None"),
    OUTPUT(1, "Output"),
    ERROR(2, "Error"),
    WARNING(3, "Warning"),
    VERBOSE(4, "Verbose"),
    DEBUG(5, "Debug"),
    INFORMATION(6, "Information"),
    ALL(7, "All"),
    NULL(8, "Null");

    static final String[] TYPE_NAMES = Fields.enumTypeNames("System.Management.Automation.Runspaces.PipelineResultTypes");

    private final int value;
    private final String dotNetName;

    PipelineResultTypes(int value, String dotNetName) {
        this.value = value;
        this.dotNetName = dotNetName;
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String dotNetName() {
        return dotNetName;
    }
}
