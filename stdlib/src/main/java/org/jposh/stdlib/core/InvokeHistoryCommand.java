package org.jposh.stdlib.core;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.host.History;
import org.jposh.interpreter.host.HistoryInfo;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Invoke-History: runs a command line of the history again, shown first as the user would have
 * typed it: the last one, the one with an id ({@code -Id 3}), or the newest that starts with the
 * text given ({@code -Id Get-Ch}). The history records the command it ran instead of Invoke-History.
 */
@Cmdlet(verb = "Invoke", noun = "History")
public final class InvokeHistoryCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String id;

    @Override
    protected void endProcessing() {
        History history = host().history();
        HistoryInfo entry = entryToInvoke(history);
        history.substitute(entry.commandLine());
        host().ui().writeLine(entry.commandLine());
        invokeScript(entry.commandLine(), "<history " + entry.id() + ">");
    }

    private HistoryInfo entryToInvoke(History history) {
        List<HistoryInfo> entries = history.entries();
        if (id == null) {
            if (entries.isEmpty()) {
                throw throwTerminatingError(errorRecord("Cannot locate most recent history.",
                        "InvokeHistoryNoLastHistoryEntryFound", ErrorCategory.InvalidOperation, null,
                        "InvalidOperationException"));
            }
            return entries.getLast();
        }
        Long number = parseId(id.strip());
        if (number == null) {
            for (HistoryInfo entry : entries.reversed()) {
                if (entry.commandLine().startsWith(id)) {
                    return entry;
                }
            }
            throw throwTerminatingError(errorRecord("Cannot locate the history for command line " + id + ".",
                    "InvokeHistoryNoHistoryForCommandline", ErrorCategory.ObjectNotFound, id, "ArgumentException"));
        }
        if (number <= 0) {
            throw throwTerminatingError(errorRecord("The identifier " + number + " is not a valid value for a History "
                    + "identifier. Specify a positive number, and then try again.", "InvokeHistoryInvalidIdGetHistory",
                    ErrorCategory.InvalidArgument, number, "ArgumentOutOfRangeException"));
        }
        HistoryInfo entry = history.get(number);
        if (entry == null) {
            throw throwTerminatingError(errorRecord(HistorySelection.noHistoryForId(number),
                    "InvokeHistoryNoHistoryForId", ErrorCategory.ObjectNotFound, number, "ArgumentException"));
        }
        return entry;
    }

    /** The id a number stands for, or null when the text is a command line (pwsh's Int64.TryParse). */
    private static Long parseId(String text) {
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
