package org.jposh.interpreter.commands;

import java.util.List;

/**
 * A script block as the binder uses it: the interpreter's ScriptBlock implements this so that the
 * binder can run delay-bind arguments ({@code -NewName { $_.Name + '.bak' }}) and [ValidateScript()]
 * blocks. Its {@code toString()} is the block's text, which validation messages quote.
 */
public interface BindableScriptBlock {
    /**
     * Runs the block with {@code $_} set to {@code dollarUnder} and returns what it wrote to its output.
     * A failure is thrown as the runtime's exceptions (PoshException, PSRuntimeException).
     */
    List<Object> invokeWithDollarUnder(Object dollarUnder);

    /** Runs the block with {@code argument} as {@code $args[0]} (a $PSDefaultParameterValues script block). */
    List<Object> invokeWithArgument(Object argument);
}
