package org.jposh.interpreter.commands;

import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;

/**
 * A parameter binding error, with PowerShell's error id and message (binder spec, sections 8 and 9).
 * The binder throws and catches these while it tries passes, so they carry no stack trace; the
 * command processor turns them into terminating errors (command line) or error records written for
 * one pipeline object.
 */
public final class ParameterBindingException extends RuntimeException {

    /** PowerShell's exception classes, which decide what the binder's passes swallow and what the reason says. */
    public enum Kind {
        BINDING("ParameterBindingException"),
        VALIDATION("ParameterBindingValidationException"),
        TRANSFORMATION("ParameterBindingArgumentTransformationException");

        private final String exceptionTypeName;

        Kind(String exceptionTypeName) {
            this.exceptionTypeName = exceptionTypeName;
        }

        public String exceptionTypeName() {
            return exceptionTypeName;
        }
    }

    private final Kind kind;
    private final String errorId;
    private final ErrorCategory category;
    private final transient Extent extent;

    ParameterBindingException(Kind kind, ErrorCategory category, String errorId, String message, Extent extent,
                              Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.category = category;
        this.errorId = errorId;
        this.extent = extent;
    }

    static ParameterBindingException of(ErrorCategory category, String errorId, String message, Extent extent) {
        return new ParameterBindingException(Kind.BINDING, category, errorId, message, extent, null);
    }

    /** Whether a positional pass may take this as the parameter not binding (a swallowable validation failure). */
    boolean isSwallowable() {
        return kind == Kind.BINDING
                || kind == Kind.VALIDATION && getCause() instanceof ValidationMetadataException v && v.isSwallowable();
    }

    /** The same error told differently (the binder adds why defaults may have caused it). */
    ParameterBindingException withMessage(String message) {
        return new ParameterBindingException(kind, category, errorId, message, extent, getCause());
    }

    public Kind kind() {
        return kind;
    }

    /** The error id without the command, such as {@code AmbiguousParameterSet}. */
    public String errorId() {
        return errorId;
    }

    public ErrorCategory category() {
        return category;
    }

    /** Where in the script the error is reported; null means the whole command. */
    public Extent extent() {
        return extent;
    }

    /** {@code <ErrorId>,<command type or function name>}, what scripts match on. */
    public String fullyQualifiedErrorId(CommandMetadata command) {
        return errorId + "," + command.implementingTypeName();
    }

    /**
     * The error record PowerShell makes of this exception.
     *
     * @param target the pipeline object being bound, or null for command-line errors
     * @param commandExtent where the command is, used when the error has no position of its own
     */
    public ErrorRecord toErrorRecord(CommandMetadata command, Object target, Extent commandExtent) {
        return new ErrorRecord(getMessage(), fullyQualifiedErrorId(command), category, target, command.name(),
                kind.exceptionTypeName(), extent != null ? extent : commandExtent);
    }

    /** This error as a terminating error of the command (command-line binding). */
    public PoshException toPoshException(CommandMetadata command, Extent commandExtent) {
        return new PoshException(toErrorRecord(command, null, commandExtent), null);
    }
}
