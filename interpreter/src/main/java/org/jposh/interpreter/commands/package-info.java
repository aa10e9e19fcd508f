/**
 * Commands and the parameter binder.
 *
 * <p>A cmdlet is a {@link org.jposh.interpreter.commands.PSCmdlet} whose fields carry
 * {@link org.jposh.interpreter.commands.Parameter} (one per parameter set), {@code @Alias}, the
 * validation annotations ({@code @ValidateSet}, {@code @ValidateRange}, ...) and
 * {@code @TransformArgument}. {@link org.jposh.interpreter.commands.CommandMetadata} reads them once
 * per class; advanced functions get the same metadata from
 * {@link org.jposh.interpreter.commands.CommandMetadata#builder}.
 *
 * <p>{@link org.jposh.interpreter.commands.ParameterBinder} binds one invocation exactly as
 * PowerShell's CmdletParameterBinderController does (the algorithm is written down in
 * /work/shared/spec/binder.md): command-line records ({@link org.jposh.interpreter.commands.CommandArgument})
 * are paired, bound by name, then by position in four passes, the rest goes to a remaining-arguments
 * parameter; the parameter set is resolved ({@link org.jposh.interpreter.commands.ParameterSetState}),
 * mandatory parameters are checked ({@link org.jposh.interpreter.commands.MissingMandatoryParameters}),
 * then each pipeline object is bound by value and by property name.
 * {@link org.jposh.interpreter.commands.ParameterValueBinder} binds one value to one parameter
 * (transformation, coercion, validation, store). Values go to a
 * {@link org.jposh.interpreter.commands.BindingTarget} (a cmdlet's fields, a function's variables) and,
 * for the common parameters, to {@link org.jposh.interpreter.commands.CommonParameters}. Errors are
 * {@link org.jposh.interpreter.commands.ParameterBindingException}s with PowerShell's ids and messages.
 *
 * <p>{@link org.jposh.interpreter.commands.CommandProcessor} runs one command in a pipeline.
 */
package org.jposh.interpreter.commands;
