package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameter's value must not be null, an empty string, an empty collection or dictionary, nor a
 * collection holding null or an empty string, as [ValidateNotNullOrEmpty()].
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValidateNotNullOrEmpty {
}
