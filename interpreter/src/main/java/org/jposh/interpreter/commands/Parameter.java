package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a field of a cmdlet as a parameter, as PowerShell's [Parameter()] attribute does; the
 * parameter's name is the field's, capitalised. Repeat it to put the parameter in several sets.
 * A {@code boolean} field is a switch parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Repeatable(Parameters.class)
public @interface Parameter {
    /** PowerShell's name for "all parameter sets". */
    String ALL_PARAMETER_SETS = "__AllParameterSets";

    /** No position: the parameter binds by name only. */
    int NAMED = Integer.MIN_VALUE;

    int position() default NAMED;

    boolean mandatory() default false;

    String parameterSetName() default ALL_PARAMETER_SETS;

    boolean valueFromPipeline() default false;

    boolean valueFromPipelineByPropertyName() default false;

    boolean valueFromRemainingArguments() default false;

    String helpMessage() default "";
}
