package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.Version;

/**
 * A command the session can run, as command discovery finds it and Get-Command shows it. The kinds
 * are {@link AliasInfo}, {@link FunctionInfo}, {@link CmdletInfo}, {@link ExternalScriptInfo} and
 * {@link ApplicationInfo}; their .NET members are defined in {@link CommandInfoTypes}.
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
}
