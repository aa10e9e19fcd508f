package org.jposh.interpreter.runtime;

import org.jposh.interpreter.commands.FunctionInfo;

/**
 * The functions every session starts with, as pwsh's InitialSessionState defines them on Unix, with pwsh's
 * text: {@code prompt} (which the console calls for its prompt, and which scripts such as posh-git compare
 * with the default before replacing it), {@code cd..}, {@code cd~}, {@code cd\} and {@code Pause}. Their
 * text is parsed when first used.
 */
public final class BuiltInFunctions {
    /** pwsh's DefaultPromptFunctionText. */
    private static final String PROMPT = """

            "PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) ";
            # .Link
            # https://go.microsoft.com/fwlink/?LinkID=225750
            # .ExternalHelp System.Management.Automation.dll-help.xml
            """;

    private static final String[][] FUNCTIONS = {
        {"prompt", PROMPT},
        {"cd..", "Set-Location .."},
        {"cd~", "Set-Location ~"},
        {"cd\\", "Set-Location \\"},
        {"Pause", "$null = Read-Host 'Press Enter to continue...'"},
    };

    private BuiltInFunctions() {
    }

    /** Each function's name and text, in pwsh's order, as an InitialSessionState's Commands list them. */
    public static String[][] definitions() {
        return FUNCTIONS.clone();
    }

    static void define(SessionState session) {
        for (String[] function : FUNCTIONS) {
            session.global().setFunction(new FunctionInfo(function[0], ScriptBlock.delayParsed(function[0], function[1],
                    session)));
        }
    }
}
