package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * {@code break} and {@code continue} unwinding to a loop or switch. They unwind dynamically, as in pwsh:
 * each enclosing loop checks the label, so one with no matching loop in its script block goes on to the
 * caller's loops, and out of a script it ends the script silently.
 */
public abstract class LoopFlowException extends ControlFlowException {
    private final String label;

    /** @param label the label named, or "" for the innermost loop */
    protected LoopFlowException(String label) {
        this.label = label;
    }

    /** Whether the loop labelled {@code loopLabel} ("" when it has none) handles this. */
    public final boolean matches(String loopLabel) {
        return label.isEmpty() || label.equalsIgnoreCase(loopLabel);
    }
}
