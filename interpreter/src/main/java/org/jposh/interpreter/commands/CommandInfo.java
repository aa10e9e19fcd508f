package org.jposh.interpreter.commands;

import java.util.List;
import org.jposh.interpreter.runtime.Version;

/**
 * A command the session can run, as command discovery finds it and Get-Command shows it. The kinds
 * are {@link AliasInfo}, {@link CmdletInfo}, {@link ApplicationInfo} and the {@link ScriptCommandInfo}s
 * ({@link FunctionInfo}, {@link ExternalScriptInfo}, {@link ScriptInfo}); their .NET members are defined in
 * {@link CommandInfoTypes}.
 */
public interface CommandInfo {
    String name();

    CommandTypes commandType();

    /**
     * What Get-Command shows as Definition: a function's body, a cmdlet's syntax, the path of a script
     * or program, the command an alias stands for.
     */
    String definition();

    /** Where the command comes from (Source): a cmdlet's module, the full path of a script or program. */
    default String source() {
        return "";
    }

    /** The version of the module or file the command comes from, or null. */
    default Version version() {
        return null;
    }

    /** The command's parameters, or null for commands that have no declared ones (aliases, programs). */
    default CommandMetadata metadata() {
        return null;
    }

    /**
     * The parameters with the dynamic ones the command has where the session is now, as Get-Command
     * shows them (a function's dynamicparam block run without arguments, Get-ChildItem's FileSystem
     * parameters in a FileSystem location); {@link #metadata()} for commands without dynamic parameters.
     */
    default CommandMetadata metadataWithDynamicParameters() {
        return metadata();
    }

    /**
     * The parameters with the dynamic ones the command gives for the arguments typed so far, as tab
     * completion offers them (pwsh runs the dynamicparam block with those arguments bound);
     * {@link #metadata()} for commands without dynamic parameters.
     */
    default CommandMetadata metadataForArguments(List<CommandArgument> arguments) {
        return metadata();
    }
}
