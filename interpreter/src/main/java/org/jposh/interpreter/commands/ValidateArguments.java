package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A cmdlet's own check of a parameter's value, as PowerShell's ValidateArgumentsAttribute subclasses
 * (Set-StrictMode's ValidateVersion): it runs after type conversion, and the
 * {@link ValidationMetadataException} it throws becomes ParameterArgumentValidationError. The class
 * needs a public no-argument constructor.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValidateArguments {
    Class<? extends ParameterValidation.Custom> value();
}
