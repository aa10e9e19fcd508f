package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** As {@link ValidateNotNullOrEmpty}, and strings of white space fail too, as [ValidateNotNullOrWhiteSpace()]. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValidateNotNullOrWhiteSpace {
}
