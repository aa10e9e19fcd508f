package org.jposh.interpreter.commands;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Thrown by a command that needs no more input (Select-Object -First): it unwinds through the
 * commands upstream of it, which are stopped, and through the expression feeding the pipeline, up to
 * the pipeline that runs {@link #source()}, which then ends the source and the commands after it
 * normally (PowerShell's StopUpstreamCommandsException). Not an error: try/catch and trap never see it.
 */
public final class StopUpstreamCommandsException extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    private final transient CommandProcessorBase source;

    public StopUpstreamCommandsException(CommandProcessorBase source) {
        this.source = source;
    }

    /** The command that asked for the stop. */
    public CommandProcessorBase source() {
        return source;
    }
}
