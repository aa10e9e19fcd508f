package org.jposh.interpreter.nodes.controlflow;

/** {@code break [label]}: leaves the innermost loop or switch, or the one with that label. */
public final class BreakException extends LoopFlowException {
    public BreakException(String label) {
        super(label);
    }
}
