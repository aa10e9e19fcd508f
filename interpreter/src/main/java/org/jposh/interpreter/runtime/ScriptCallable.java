package org.jposh.interpreter.runtime;

/**
 * A script block as the runtime calls it: script properties and methods, the scriptblock
 * replacement of {@code -replace} and the predicate of {@code -split}. The interpreter's ScriptBlock
 * implements it.
 */
@FunctionalInterface
public interface ScriptCallable {
    /**
     * Runs the block with {@code $this}, {@code $_} and {@code $args} as given (either may be null
     * when the caller sets none) and returns its output as is: {@link AutomationNull#VALUE} for none,
     * the object for one, an {@code Object[]} for more.
     */
    Object invoke(Object dollarThis, Object dollarUnder, Object[] args);

    /**
     * Runs the block in the caller's scope with {@code $_} set, as ForEach-Object and Where-Object do,
     * writing its output to {@code output} as it comes. Callables that are not script blocks run as
     * {@link #invoke} does.
     */
    default void invokeDotSourced(Object dollarUnder, Object[] args, Pipe output) {
        LanguagePrimitives.writeEnumerated(output, invoke(null, dollarUnder, args));
    }
}
