package org.jposh.interpreter.commands;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.ScriptBlock;

/** A .ps1 file run as a command ({@code ./deploy.ps1}, {@code & $path}, {@code . ./lib.ps1}). */
public record ExternalScriptInfo(Path path, ScriptBlock scriptBlock) implements ScriptCommandInfo {
    @Override
    public String name() {
        return path.getFileName().toString();
    }

    @Override
    public CommandTypes commandType() {
        return CommandTypes.ExternalScript;
    }

    @Override
    public String definition() {
        return path.toString();
    }

    @Override
    public String source() {
        return path.toString();
    }

    /** CommandInfo.ToString(): the name. */
    @Override
    public String toString() {
        return name();
    }
}
