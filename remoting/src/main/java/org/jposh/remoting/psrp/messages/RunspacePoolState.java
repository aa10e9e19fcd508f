package org.jposh.remoting.psrp.messages;

/** System.Management.Automation.Runspaces.RunspacePoolState, sent as a number in RUNSPACEPOOL_STATE. */
public enum RunspacePoolState implements DotNetEnum {
    BEFORE_OPEN(0, "BeforeOpen"),
    OPENING(1, "Opening"),
    OPENED(2, "Opened"),
    CLOSED(3, "Closed"),
    CLOSING(4, "Closing"),
    BROKEN(5, "Broken"),
    NEGOTIATION_SENT(6, "NegotiationSent"),
    NEGOTIATION_SUCCEEDED(7, "NegotiationSucceeded"),
    CONNECTING(8, "Connecting"),
    DISCONNECTED(9, "Disconnected");

    private final int value;
    private final String dotNetName;

    RunspacePoolState(int value, String dotNetName) {
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
