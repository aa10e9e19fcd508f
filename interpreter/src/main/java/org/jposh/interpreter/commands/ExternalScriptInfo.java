package org.jposh.interpreter.commands;

import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.runtime.ScriptBlock;

/** A .ps1 file run as a command ({@code ./deploy.ps1}, {@code & $path}, {@code . ./lib.ps1}). */
public record ExternalScriptInfo(Path path, ScriptBlock scriptBlock) implements CommandInfo {
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

    @Override
    public CommandMetadata metadata() {
        return scriptBlock.code().metadata();
    }

    @Override
    public CommandMetadata metadataWithDynamicParameters() {
        return DynamicParameterBinding.withDynamicParameters(scriptBlock);
    }

    @Override
    public CommandMetadata metadataForArguments(List<CommandArgument> arguments) {
        return ScriptCommandProcessor.metadataForArguments(scriptBlock, arguments);
    }

    /** CommandInfo.ToString(): the name. */
    @Override
    public String toString() {
        return name();
    }
}
