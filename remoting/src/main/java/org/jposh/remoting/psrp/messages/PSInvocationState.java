package org.jposh.remoting.psrp.messages;

/** System.Management.Automation.PSInvocationState, sent as a number in PIPELINE_STATE. */
public enum PSInvocationState implements DotNetEnum {
    NOT_STARTED(0, "NotStarted"),
    RUNNING(1, "Running"),
    STOPPING(2, "Stopping"),
    STOPPED(3, "Stopped"),
    COMPLETED(4, "Completed"),
    FAILED(5, "Failed"),
    DISCONNECTED(6, "Disconnected");

    private final int value;
    private final String dotNetName;

    PSInvocationState(int value, String dotNetName) {
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

    /** Whether the pipeline has finished (no more output follows). */
    public boolean isFinished() {
        return this == STOPPED || this == COMPLETED || this == FAILED;
    }
}
