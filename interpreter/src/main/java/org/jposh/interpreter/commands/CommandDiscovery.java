package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * Finds what a command name calls, in PowerShell's order (aliases, functions visible from the current
 * scope, cmdlets, then a script or program: given by path, or found on $env:PATH), and makes its
 * processor. An alias is followed to the command it names.
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
        if (base instanceof ModuleSessionState module && arguments.length > 0 && !arguments[0].isParameter()) {
            return inModule(context, module.moduleScope(), arguments, dotSource, extent, pipelinePosition,
                    expectingInput);
        }
        if (base instanceof ScriptBlock block) {
            return named(ScriptCommandProcessor.create(context, block, arguments, extent, pipelinePosition,
                    expectingInput, !dotSource), new ScriptInfo(block));
        }
        CommandInfo info = base instanceof CommandInfo found ? found : find(context, commandName(base, extent));
        if (info == null) {
            throw commandNotFound(LanguagePrimitives.toStringValue(base), extent);
        }
        info = resolveAlias(context, info, extent);
        // instanceof tests rather than a pattern switch, which would spin a class at run time (README, "The runtime")
        if (info instanceof FunctionInfo function) {
            return named(ScriptCommandProcessor.create(context, function.scriptBlock(), arguments, extent,
                    pipelinePosition, expectingInput, !dotSource), function);
        } else if (info instanceof ExternalScriptInfo script) {
            return named(scriptProcessor(context, script, dotSource, arguments, extent, pipelinePosition,
                    expectingInput), script);
        } else if (info instanceof CmdletInfo cmdlet) {
            return CommandProcessor.create(context, context.sessionState().currentScope(), cmdlet, arguments, extent,
                    pipelinePosition, expectingInput);
        } else if (info instanceof ApplicationInfo application) {
            return NativeCommandProcessor.create(context, application, arguments, extent, expectingInput);
        }
        throw commandNotFound(info.name(), extent);
    }

    /**
     * {@code & $module command args}: the first argument is the command, a script block or the name of a function
     * the module's scope sees (its private ones too), run in a new scope under the module's scope, or in that scope
     * itself when dot-sourced; another command runs as usual.
     */
    private static CommandProcessorBase inModule(PoshContext context, SessionStateScope moduleScope,
                                                 CommandArgument[] arguments, boolean dotSource, Extent extent,
                                                 int pipelinePosition, boolean expectingInput) {
        Object command = PSObject.base(arguments[0].value());
        CommandArgument[] rest = Arrays.copyOfRange(arguments, 1, arguments.length);
        ScriptBlock block = command instanceof ScriptBlock b ? b : null;
        CommandInfo named = null;
        if (block == null && !(command instanceof CommandInfo)) {
            FunctionInfo function = moduleScope.getFunction(commandName(command, extent));
            block = function == null ? null : function.scriptBlock();
            named = function;
        }
        if (block == null) {
            return createProcessor(context, command, dotSource, rest, extent, pipelinePosition, expectingInput);
        }
        ScriptCommandProcessor processor = ScriptCommandProcessor.inScope(context, block, moduleScope, dotSource, rest,
                extent, pipelinePosition, expectingInput);
        return named(processor, named != null ? named : new ScriptInfo(block));
    }

    /** A script file run in a scope of its own, or dot-sourced, once its #requires lines are met. */
    private static ScriptCommandProcessor scriptProcessor(PoshContext context, ExternalScriptInfo script,
                                                          boolean dotSource, CommandArgument[] arguments, Extent extent,
                                                          int pipelinePosition, boolean expectingInput) {
        ScriptRequirementsCheck.verify(context, script.name(), script.scriptBlock().code().requirements(), extent);
        return (dotSource
                ? ScriptCommandProcessor.create(context, script.scriptBlock(), arguments, extent, pipelinePosition,
                        expectingInput, false)
                : ScriptCommandProcessor.forScript(context, script.scriptBlock(), arguments, extent, pipelinePosition,
                        expectingInput)).fromScriptFile();
    }

    /** The script's #requires lines checked as pwsh checks them before it runs a script file. */
    public static void verifyRequirements(PoshContext context, String scriptName, CompiledScriptBlock code) {
        ScriptRequirementsCheck.verify(context, scriptName, code.requirements(), null);
    }

    private static ScriptCommandProcessor named(ScriptCommandProcessor processor, CommandInfo command) {
        processor.setCommand(command);
        return processor;
    }

    /** The command a name stands for (an alias as itself), or null. */
    @TruffleBoundary
    public static CommandInfo find(PoshContext context, String name) {
        CommandInfo info = findLoaded(context, name);
        if (info == null && (!isPath(name) || isModuleQualified(name)) && autoLoad(context, name)) {
            info = findLoaded(context, name);
        }
        return info;
    }

    private static CommandInfo findLoaded(PoshContext context, String name) {
        CommandInfo info = context.sessionState().findCommand(name);
        if (info == null) {
            info = findModuleQualified(context, name);
        }
        return info != null ? info : findExternal(context, name);
    }

    /** {@code Module\Command}: one backslash, no slash. */
    private static boolean isModuleQualified(String name) {
        int slash = name.indexOf('\\');
        return slash > 0 && slash == name.lastIndexOf('\\') && name.indexOf('/') < 0;
    }

    /** Imports the available module that exports the command ({@code Module\Command}: that module), if any. */
    private static boolean autoLoad(PoshContext context, String name) {
        int slash = name.indexOf('\\');
        return slash > 0 ? context.sessionState().autoLoadModule(name.substring(0, slash), name.substring(slash + 1))
                : context.sessionState().autoLoadModule(null, name);
    }

    /**
     * {@code Module\Command}: a cmdlet of that module (Microsoft.PowerShell.Utility\Write-Output) or a
     * function an imported module of that name exports; null for anything else.
     */
    private static CommandInfo findModuleQualified(PoshContext context, String name) {
        if (!isModuleQualified(name)) {
            return null;
        }
        int slash = name.indexOf('\\');
        String module = name.substring(0, slash);
        String command = name.substring(slash + 1);
        FunctionInfo function = context.sessionState().currentScope().getFunction(command);
        if (function != null && module.equalsIgnoreCase(function.moduleName())) {
            return function;
        }
        CmdletInfo cmdlet = context.sessionState().commands().find(command);
        return cmdlet != null && module.equalsIgnoreCase(cmdlet.source()) ? cmdlet : null;
    }

    /**
     * The command an alias stands for, following aliases of aliases; other commands as they are.
     *
     * @throws PoshException AliasNotResolvedException when the alias names no command
     */
    @TruffleBoundary
    public static CommandInfo resolveAlias(PoshContext context, CommandInfo info, Extent extent) {
        Set<String> seen = new HashSet<>();
        CommandInfo command = info;
        while (command instanceof AliasInfo alias && seen.add(alias.name().toLowerCase(Locale.ROOT))) {
            command = find(context, alias.definition());
            if (command == null) {
                throw new PoshException(new ErrorRecord("Cannot resolve alias '" + alias.name() + "' because it "
                        + "refers to term '" + alias.definition() + "', which is not recognized as a cmdlet, function, "
                        + "executable program, or script file. Verify the term and try again.",
                        "AliasNotResolvedException", ErrorCategory.ObjectNotFound, alias.name(), null,
                        "CommandNotFoundException", extent), null);
            }
        }
        return command;
    }

    /**
     * A script or program: a path (with a slash) resolved against the location, else a file of that
     * name in a directory of $env:PATH. A .ps1 file is a script; another file must be executable.
     */
    @TruffleBoundary
    public static CommandInfo findExternal(PoshContext context, String name) {
        SessionState session = context.sessionState();
        if (isPath(name)) {
            return external(context, session.resolveFileSystemPath(name));
        }
        if (name.isEmpty()) {
            return null;
        }
        String searchPath = session.getEnvironmentVariable("PATH");
        if (searchPath == null) {
            return null;
        }
        for (String directory : searchPath.split(":")) {
            if (!directory.isEmpty()) {
                CommandInfo found = external(context, session.location().resolve(directory).resolve(name));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every program on $env:PATH, the first of each name, for Get-Command's wildcard searches. */
    @TruffleBoundary
    public static List<ApplicationInfo> applicationsOnPath(PoshContext context) {
        SessionState session = context.sessionState();
        String searchPath = session.getEnvironmentVariable("PATH");
        Map<String, ApplicationInfo> found = new LinkedHashMap<>();
        if (searchPath != null) {
            for (String directory : searchPath.split(":")) {
                Path dir = directory.isEmpty() ? null : session.location().resolve(directory);
                if (dir == null || !Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> Files.isRegularFile(f) && Files.isExecutable(f))
                            .sorted()
                            .forEach(f -> found.putIfAbsent(f.getFileName().toString(),
                                    new ApplicationInfo(f.getFileName().toString(), f)));
                } catch (IOException | UncheckedIOException e) {
                    // An unreadable directory of PATH holds no commands for us, as for pwsh.
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static CommandInfo external(PoshContext context, Path path) {
        if (!Files.isRegularFile(path)) {
            return null;
        }
        String fileName = path.getFileName().toString();
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".ps1")) {
            try {
                ScriptBlock script = new ScriptBlock(context.language().compileScriptFile(context, path),
                        context.sessionState());
                return new ExternalScriptInfo(path, script);
            } catch (PoshParseError e) {
                // A script that does not parse is a terminating error of the command that names it, which try/catch sees.
                throw new PoshException(e.errorRecord(), null);
            }
        }
        return Files.isExecutable(path) ? new ApplicationInfo(fileName, path) : null;
    }

    private static boolean isPath(String name) {
        return name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.toLowerCase(Locale.ROOT).endsWith(".ps1");
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
        return new PoshException(new ErrorRecord(notRecognized(name), "CommandNotFoundException",
                ErrorCategory.ObjectNotFound, name, null, "CommandNotFoundException", extent), null);
    }

    /** pwsh's CommandNotFoundException message for a name that is no command. */
    public static String notRecognized(String name) {
        return "The term '" + name + "' is not recognized as a name of a cmdlet, function, script file, or executable "
                + "program.\nCheck the spelling of the name, or if a path was included, verify that the path is "
                + "correct and try again.";
    }
}
