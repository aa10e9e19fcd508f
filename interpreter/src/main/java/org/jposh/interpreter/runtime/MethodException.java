package org.jposh.interpreter.runtime;

/** A method that cannot be called with the arguments given: no overload fits, or an argument does not convert. */
public final class MethodException extends PSRuntimeException {
    public MethodException(String errorId, String message) {
        super(errorId, ErrorCategory.NotSpecified, message, "MethodException");
    }
}
