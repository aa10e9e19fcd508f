package org.jposh.interpreter.commands;

import java.util.List;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * A command whose code is a script block (pwsh's IScriptCommandInfo): a function or filter, a script file, a script
 * block run as a command. Its parameters, dynamic ones included, are the block's.
 */
public interface ScriptCommandInfo extends CommandInfo {
    ScriptBlock scriptBlock();

    @Override
    default CommandMetadata metadata() {
        return scriptBlock().code().metadata();
    }

    @Override
    default CommandMetadata metadataWithDynamicParameters() {
        return DynamicParameterBinding.withDynamicParameters(scriptBlock());
    }

    @Override
    default CommandMetadata metadataForArguments(List<CommandArgument> arguments) {
        return ScriptCommandProcessor.metadataForArguments(scriptBlock(), arguments);
    }
}
