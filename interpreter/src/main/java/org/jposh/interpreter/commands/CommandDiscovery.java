package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * Finds what a command name calls, in PowerShell's order (functions visible from the current scope,
 * then cmdlets, then a script file when the name is a path), and makes its processor.
 */
public final class CommandDiscovery {
    private CommandDiscovery() {
    }

    /**
     * A processor for a command given by name, script block or CommandInfo, with its command-line
     * arguments bound.
     *
     * @param dotSource whether it runs in the current scope ({@code .}) rather than a new one
     * @param pipelinePosition the command's place in its pipeline, from 1
     * @param expectingInput whether pipeline input will come
     * @throws PoshException CommandNotFoundException, or a parameter binding error
     */
    @TruffleBoundary
    public static CommandProcessorBase createProcessor(PoshContext context, Object command, boolean dotSource,
                                                       CommandArgument[] arguments, Extent extent,
                                                       int pipelinePosition, boolean expectingInput) {
        Object base = PSObject.base(command);
        if (base instanceof ScriptBlock block) {
            return ScriptCommandProcessor.create(context, block, arguments, extent, pipelinePosition, expectingInput,
                    !dotSource);
        }
        CommandInfo info = base instanceof CommandInfo found ? found : find(context, commandName(base, extent));
        if (info == null) {
            throw commandNotFound(LanguagePrimitives.toStringValue(base), extent);
        }
        return switch (info) {
            case FunctionInfo function -> ScriptCommandProcessor.create(context, function.scriptBlock(), arguments,
                    extent, pipelinePosition, expectingInput, !dotSource);
            case ExternalScriptInfo script -> dotSource
                    ? ScriptCommandProcessor.create(context, script.scriptBlock(), arguments, extent, pipelinePosition,
                            expectingInput, false)
                    : ScriptCommandProcessor.forScript(context, script.scriptBlock(), arguments, extent,
                            pipelinePosition, expectingInput);
            case CmdletInfo cmdlet -> CommandProcessor.create(context, context.sessionState().currentScope(), cmdlet,
                    arguments, extent, pipelinePosition, expectingInput);
            default -> throw commandNotFound(info.name(), extent);
        };
    }

    /** The command a name stands for, or null. */
    @TruffleBoundary
    public static CommandInfo find(PoshContext context, String name) {
        CommandInfo info = context.sessionState().findCommand(name);
        if (info == null && isPath(name)) {
            Path path = context.sessionState().location().resolve(name).normalize();
            if (Files.isRegularFile(path) && name.toLowerCase(java.util.Locale.ROOT).endsWith(".ps1")) {
                ScriptBlock script = new ScriptBlock(context.language().compileScriptFile(context, path),
                        context.sessionState());
                return new ExternalScriptInfo(path, script);
            }
        }
        return info;
    }

    private static boolean isPath(String name) {
        return name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.toLowerCase(java.util.Locale.ROOT).endsWith(".ps1");
    }

    private static String commandName(Object value, Extent extent) {
        String name = LanguagePrimitives.toStringValue(value);
        if (name.isEmpty()) {
            throw new PoshException(new ErrorRecord("The expression after '&' in a pipeline element produced an "
                    + "object that was not valid. It must result in a command name, a script block, or a CommandInfo "
                    + "object.", "BadExpression", ErrorCategory.InvalidOperation, null, null, "RuntimeException",
                    extent), null);
        }
        return name;
    }

    public static PoshException commandNotFound(String name, Extent extent) {
        String message = "The term '" + name + "' is not recognized as a name of a cmdlet, function, script file, "
                + "or executable program.\nCheck the spelling of the name, or if a path was included, verify that "
                + "the path is correct and try again.";
        return new PoshException(new ErrorRecord(message, "CommandNotFoundException", ErrorCategory.ObjectNotFound,
                name, null, "CommandNotFoundException", extent), null);
    }
}
