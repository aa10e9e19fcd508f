package org.jposh.interpreter.nodes.classes;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return} in a class's method, carrying the value to the method's body node. */
final class MethodReturnException extends ControlFlowException {
    private final transient Object value;

    MethodReturnException(Object value) {
        this.value = value;
    }

    Object value() {
        return value;
    }
}
