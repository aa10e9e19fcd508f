package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/**
 * Unwinds a pipeline its caller has stopped (pwsh's PipelineStoppedException: Ctrl+C, Stop on a
 * remote pipeline). It is thrown at a safepoint of the running thread, so any Truffle code or
 * cmdlet that polls ({@code PSCmdlet.checkStopping}) ends promptly.
 */
public final class PipelineStoppedException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public PipelineStoppedException() {
        super("The pipeline has been stopped.");
    }

    /** The record pwsh reports for a stopped pipeline. */
    public ErrorRecord errorRecord() {
        return new ErrorRecord(getMessage(), "PipelineStopped", ErrorCategory.OperationStopped, null, null,
                "PipelineStoppedException", null);
    }
}
