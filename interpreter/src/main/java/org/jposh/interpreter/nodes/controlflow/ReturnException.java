package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * {@code return}: leaves the script block being run. The returned value has already been written to the
 * output, so the exception carries nothing; the script block's root node catches it.
 */
public final class ReturnException extends ControlFlowException {
}
