package org.jposh.grammar;

import org.jposh.grammar.ast.Extent;

/**
 * One parse error: where, PowerShell's error id for it, and its message. {@code incompleteInput} is set, as in
 * pwsh, when the error is only that the input ended too early (an open brace or string, a trailing operator),
 * so an interactive host can ask for another line instead of reporting it.
 */
public record ParseError(Extent extent, String errorId, String message, boolean incompleteInput) {

    public ParseError(Extent extent, String errorId, String message) {
        this(extent, errorId, message, false);
    }

    /** As pwsh shows a parse error: where it is, then the message. */
    @Override
    public String toString() {
        return extent.positionMessage() + System.lineSeparator() + message;
    }
}
