package org.jposh.interpreter.commands;

/**
 * A value that fails a validation attribute; the message becomes part of ParameterArgumentValidationError.
 * A swallowable failure (pwsh's SwallowException) only makes a positional pass without coercion skip the
 * parameter, so that a later pass may give the argument to another one (Add-Member's NotePropertyName
 * refuses a member type's name, which then binds to -MemberType).
 */
public final class ValidationMetadataException extends RuntimeException {
    private final boolean swallowable;

    public ValidationMetadataException(String message) {
        this(message, false);
    }

    public ValidationMetadataException(String message, boolean swallowable) {
        super(message, null, false, false);
        this.swallowable = swallowable;
    }

    public boolean isSwallowable() {
        return swallowable;
    }
}
