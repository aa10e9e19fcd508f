package org.jposh.remoting.psrp.messages;

/** System.Management.Automation.ProgressRecordType (PROGRESS_RECORD). */
public enum ProgressRecordType implements DotNetEnum {
    PROCESSING(0, "Processing"),
    COMPLETED(1, "Completed");

    static final String[] TYPE_NAMES = Fields.enumTypeNames("System.Management.Automation.ProgressRecordType");

    private final int value;
    private final String dotNetName;

    ProgressRecordType(int value, String dotNetName) {
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
