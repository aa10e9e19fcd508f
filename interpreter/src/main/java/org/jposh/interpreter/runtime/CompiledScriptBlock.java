package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CallTarget;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ScriptRequirements;
import org.jposh.interpreter.commands.CommandMetadata;

/**
 * The compiled code of one script block, function body or script, shared by every ScriptBlock value
 * made from it: the layout of its scope's variables, a call target per named block (null when the
 * block is absent), the call target that gives unbound parameters their defaults, and the command
 * metadata its {@code param} block declares.
 *
 * @param metadata the declared parameters; null for a block without a {@code param} block (its
 *                 arguments all go to {@code $args})
 * @param parameterTypes the declared types of parameters that have one, by lower-case name; their
 *                       variables are constrained to the type
 * @param parameterSlots the parameters' names, slots and types, where the binder puts their values; null
 *                       without parameters
 * @param positionalSignature how calls with positional arguments only may bind without the binder (the
 *                            same as {@code parameterSlots} when they may), or null
 * @param cmdletBinding whether the block is an advanced function ([CmdletBinding()] or [Parameter()]),
 *                      bound with parameter sets and common parameters, and without $args
 * @param dynamicParam the {@code dynamicparam} block, whose output defines an advanced function's dynamic
 *                     parameters; null when absent
 * @param requirements what the script's {@code #requires} lines ask for, checked when it runs as a script;
 *                     null when it has none
 */
public record CompiledScriptBlock(Extent extent, ScopeLayout layout, CommandMetadata metadata,
                                  Map<String, DotNetType> parameterTypes, boolean cmdletBinding,
                                  CallTarget parameterDefaults, CallTarget begin, CallTarget process, CallTarget end,
                                  CallTarget clean, CallTarget dynamicParam, PositionalSignature parameterSlots,
                                  PositionalSignature positionalSignature, ScriptRequirements requirements,
                                  PSRuntimeException metadataError) {

    /**
     * Fails as pwsh does when the block is invoked and its parameters' metadata is wrong (ParsingTooManyParameterSets,
     * a name used twice): the block itself compiles, pwsh building a command's metadata when it first runs it.
     */
    public void checkMetadata() {
        if (metadataError != null) {
            throw new PSRuntimeException(metadataError.errorId(), ErrorCategory.MetadataError, metadataError.getMessage());
        }
    }

    /** The block's text without the braces, as ScriptBlock.ToString() shows it. */
    public String text() {
        String text = extent.text();
        return text.length() >= 2 && text.charAt(0) == '{' && text.charAt(text.length() - 1) == '}'
                ? text.substring(1, text.length() - 1) : text;
    }
}
