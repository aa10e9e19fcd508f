package org.jposh.stdlib.core;

import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * Register-ArgumentCompleter: a script block that tab completion runs for the values of a parameter
 * ({@code -ParameterName}, of the commands named or of every command) or for the arguments of native commands
 * ({@code -Native}); a null block removes the registration. The PowerShell set's block gets
 * {@code $commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters}, the native set's
 * {@code $wordToComplete, $commandAst, $cursorPosition}; each returns strings or CompletionResult objects.
 */
@Cmdlet(verb = "Register", noun = "ArgumentCompleter", defaultParameterSetName = RegisterArgumentCompleterCommand.POWERSHELL_SET)
public final class RegisterArgumentCompleterCommand extends PSCmdlet {
    static final String POWERSHELL_SET = "PowerShellSet";
    private static final String NATIVE_SET = "NativeCommandSet";

    @Parameter(parameterSetName = NATIVE_SET, mandatory = true)
    @Parameter(parameterSetName = POWERSHELL_SET)
    private String[] commandName;

    @Parameter(parameterSetName = POWERSHELL_SET, mandatory = true)
    private String parameterName;

    @Parameter(mandatory = true)
    @AllowNull
    private ScriptBlock scriptBlock;

    @Parameter(parameterSetName = NATIVE_SET)
    private boolean native_;

    @Override
    protected void endProcessing() {
        ArgumentCompleters completers = ArgumentCompleters.of(sessionState());
        if (NATIVE_SET.equals(parameterSetName())) {
            for (String command : commandName) {
                if (command != null && !command.isBlank()) {
                    completers.set(true, command.trim(), scriptBlock);
                }
            }
            return;
        }
        String parameter = parameterName.trim();
        if (parameter.isEmpty()) {
            return;
        }
        if (commandName == null || commandName.length == 0) {
            completers.set(false, parameter, scriptBlock);
            return;
        }
        for (String command : commandName) {
            String key = command == null || command.isBlank() ? parameter : command.trim() + ":" + parameter;
            completers.set(false, key, scriptBlock);
        }
    }
}
