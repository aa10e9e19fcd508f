package org.jposh.remoting.psrp.messages;

/** System.Threading.ApartmentState (INIT_RUNSPACEPOOL, CREATE_PIPELINE); pwsh sends Unknown. */
public enum ApartmentState implements DotNetEnum {
    STA(0, "STA"),
    MTA(1, "MTA"),
    UNKNOWN(2, "Unknown");

    static final String[] TYPE_NAMES = Fields.enumTypeNames("System.Threading.ApartmentState");

    private final int value;
    private final String dotNetName;

    ApartmentState(int value, String dotNetName) {
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
