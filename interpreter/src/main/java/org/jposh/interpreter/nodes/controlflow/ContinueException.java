package org.jposh.interpreter.nodes.controlflow;

/** {@code continue [label]}: goes on with the next iteration (the next element, in a switch). */
public final class ContinueException extends LoopFlowException {
    public ContinueException(String label) {
        super(label);
    }
}
