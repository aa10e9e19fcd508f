package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds the script for {@code exit N}; the script's caller decides what exiting means. */
public final class ExitException extends ControlFlowException {
    private final int exitCode;

    public ExitException(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
