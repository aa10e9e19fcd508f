package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The parameter's value (each element of a collection) must be one of these strings, as [ValidateSet()]. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValidateSet {
    String[] value();

    boolean ignoreCase() default true;

    /** A format replacing PowerShell's message: {0} is the value, {1} the set. */
    String errorMessage() default "";
}
