package org.jposh.interpreter.commands;

/** A value that fails a validation attribute; the message becomes part of ParameterArgumentValidationError. */
public final class ValidationMetadataException extends RuntimeException {
    public ValidationMetadataException(String message) {
        super(message, null, false, false);
    }
}
