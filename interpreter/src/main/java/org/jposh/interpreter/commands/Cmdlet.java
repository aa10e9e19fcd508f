package org.jposh.interpreter.commands;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as a cmdlet named {@code Verb-Noun}, as PowerShell's [Cmdlet()] attribute does; a
 * command whose name is one word (Pester's {@code Describe}, {@code It}, {@code Should}) leaves the noun empty.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Cmdlet {
    String verb();

    String noun();

    String defaultParameterSetName() default "";

    boolean supportsShouldProcess() default false;

    /** Whether the cmdlet takes -IncludeTotalCount, -Skip and -First ({@link PagingParameters}), as pwsh's SupportsPaging. */
    boolean supportsPaging() default false;

    /** How much harm the cmdlet's changes can do: it asks before them when this reaches $ConfirmPreference. */
    ConfirmImpact confirmImpact() default ConfirmImpact.Medium;

    /**
     * The .NET type name PowerShell gives this cmdlet; it ends FullyQualifiedErrorIds, which scripts
     * match on. Empty means {@code Microsoft.PowerShell.Commands.<class simple name>}.
     */
    String dotNetTypeName() default "";
}
