package org.jposh.interpreter.runtime;

/**
 * The attributes an attributed assignment gives its variable ({@code [ValidateRange(1,5)][int]$x = ...}),
 * innermost first, the order pwsh applies them in: each is a {@link DotNetType} (a type constraint, which
 * converts) or a {@link org.jposh.interpreter.commands.ParameterValidation} (which checks).
 */
public record VariableAttributes(Object[] inOrder) {
}
