package org.jposh.interpreter.commands;

import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;

/**
 * The error for what the host's access policies deny a session (the polyglot context's IO, process and
 * socket policies, which commands honour as Truffle's own APIs do): a terminating PermissionDenied error
 * naming the command and what it was not allowed to do.
 */
final class HostPolicy {
    private HostPolicy() {
    }

    /**
     * @param message what was denied, as the user reads it
     * @param commandName the command that was denied, or null when it is not a cmdlet (a native program)
     */
    static PoshException denied(String message, String errorId, String target, String commandName, Extent extent) {
        return new PoshException(new ErrorRecord(message, errorId, ErrorCategory.PermissionDenied, target,
                commandName, "UnauthorizedAccessException", extent), null);
    }
}
