package org.jposh.remoting.psrp.messages;

/** System.Management.Automation.Runspaces.PSThreadOptions (INIT_RUNSPACEPOOL). */
public enum PSThreadOptions implements DotNetEnum {
    DEFAULT(0, "Default"),
    USE_NEW_THREAD(1, "UseNewThread"),
    REUSE_THREAD(2, "ReuseThread"),
    USE_CURRENT_THREAD(3, "UseCurrentThread");

    static final String[] TYPE_NAMES = Fields.enumTypeNames("System.Management.Automation.Runspaces.PSThreadOptions");

    private final int value;
    private final String dotNetName;

    PSThreadOptions(int value, String dotNetName) {
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
