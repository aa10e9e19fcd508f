package org.jposh.interpreter.nodes.variables;

/** Constants the variable nodes share. */
final class VariableSlots {
    /** A node's slot before its first run, when the block's layout is complete. */
    static final int UNRESOLVED = -2;

    private VariableSlots() {
    }
}
