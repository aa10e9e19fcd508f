package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The parameter's string (each string of a collection) must be {@code min} to {@code max} characters long, as [ValidateLength()]. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValidateLength {
    int min();

    int max();
}
