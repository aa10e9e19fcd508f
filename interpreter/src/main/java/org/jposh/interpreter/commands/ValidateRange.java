package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameter's value (each element of a collection) must lie in {@code [min, max]}, or satisfy
 * {@link #kind}, as [ValidateRange()]. Bounds that fit an int compare as System.Int32, as PowerShell's
 * int literals do.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValidateRange {
    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    /** When set, replaces the bounds, as [ValidateRange([ValidateRangeKind]::Positive)]. */
    ValidateRangeKind kind() default ValidateRangeKind.None;
}
