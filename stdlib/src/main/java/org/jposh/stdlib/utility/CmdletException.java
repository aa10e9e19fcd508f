package org.jposh.stdlib.utility;

import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * An error found by the logic behind a cmdlet, with the .NET exception type pwsh reports for it; the
 * cmdlet turns it into its error record.
 */
final class CmdletException extends PSRuntimeException {
    CmdletException(String errorId, ErrorCategory category, String message, String exceptionTypeName) {
        super(errorId, category, message, exceptionTypeName);
    }
}
