package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs an {@link ArgumentTransformation} on the parameter's argument before type coercion, as
 * PowerShell's ArgumentTransformationAttribute subclasses ([Credential()] and the like) do. The class
 * needs a public no-argument constructor.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TransformArgument {
    Class<? extends ArgumentTransformation> value();
}
