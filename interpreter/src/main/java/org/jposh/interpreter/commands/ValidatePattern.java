package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The parameter's value (each element) as a string must match the regular expression, case-insensitively by default, as [ValidatePattern()]. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValidatePattern {
    String value();

    boolean ignoreCase() default true;

    /** A format replacing PowerShell's message: {0} is the value, {1} the pattern. */
    String errorMessage() default "";
}
