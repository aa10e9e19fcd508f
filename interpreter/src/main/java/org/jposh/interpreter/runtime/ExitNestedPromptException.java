package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unwinds the command that called {@code $Host.ExitNestedPrompt()} (pwsh's ExitNestedPromptException): the
 * nested input loop it ran in ends once that command has, and the suspended command resumes.
 */
public final class ExitNestedPromptException extends ControlFlowException {
}
