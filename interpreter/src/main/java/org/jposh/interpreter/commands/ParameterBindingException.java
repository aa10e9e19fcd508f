package org.jposh.interpreter.commands;

import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;

/** Builds the errors of parameter binding, with PowerShell's ids and messages (binder spec, section 9). */
final class ParameterBindingException {
    private ParameterBindingException() {
    }

    static PoshException create(CommandMetadata command, String errorId, String message, Extent extent) {
        return new PoshException(new ErrorRecord(message, errorId + "," + command.dotNetTypeName(),
                ErrorCategory.InvalidArgument, null, command.name(), "ParameterBindingException", extent), null);
    }
}
