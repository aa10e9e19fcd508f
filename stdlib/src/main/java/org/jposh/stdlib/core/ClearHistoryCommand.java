package org.jposh.stdlib.core;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.host.History;
import org.jposh.interpreter.host.HistoryInfo;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Clear-History: removes entries from the session's history, all of them by default; {@code -Count N}
 * the N oldest (newest with {@code -Newest}), and with one {@code -Id} the N up to it (from it on with
 * {@code -Newest}); {@code -CommandLine} the oldest (newest) entry matching each pattern, every
 * match for a pattern with wildcards. Ids are not reused.
 */
@Cmdlet(verb = "Clear", noun = "History", defaultParameterSetName = "IDParameter")
public final class ClearHistoryCommand extends PSCmdlet {
    @Parameter(parameterSetName = "IDParameter", position = 0)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int[] id;

    @Parameter(parameterSetName = "CommandLineParameter")
    private String[] commandLine;

    @Parameter(position = 1)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int count;

    @Parameter
    private boolean newest;

    @Override
    protected void endProcessing() {
        History history = host().history();
        boolean counted = boundParameters().containsKey("Count");
        List<HistoryInfo> entries = history.entries();
        if (commandLine != null) {
            if (counted && commandLine.length > 1) {
                throw throwTerminatingError(errorRecord("The count cannot be combined with multiple CommandLine "
                        + "parameters.", "NoCountWithMultipleCmdLine ", ErrorCategory.InvalidArgument, commandLine,
                        "ArgumentException"));
            }
            for (String pattern : commandLine) {
                int limit = counted ? count : WildcardPattern.containsWildcardCharacters(pattern) ? Integer.MAX_VALUE : 1;
                history.remove(matching(history.entries(), pattern, limit));
            }
        } else if (id == null) {
            int n = counted ? count : entries.size();
            history.remove(newest ? HistorySelection.last(entries, n) : HistorySelection.first(entries, n));
        } else if (!counted) {
            for (int wanted : id) {
                HistoryInfo entry = history.get(wanted);
                if (entry != null) {
                    history.remove(List.of(entry));
                } else {
                    writeError(errorRecord(HistorySelection.noHistoryForId(wanted), "GetHistoryNoHistoryForId",
                            ErrorCategory.ObjectNotFound, wanted, "ArgumentException"));
                }
            }
        } else if (id.length > 1) {
            throw throwTerminatingError(errorRecord("The count cannot be combined with multiple Ids.",
                    "GetHistoryNoCountWithMultipleIds", ErrorCategory.InvalidArgument, count, "ArgumentException"));
        } else if (history.get(id[0]) == null) {
            writeError(errorRecord(HistorySelection.noHistoryForId(id[0]), "GetHistoryNoHistoryForId",
                    ErrorCategory.ObjectNotFound, id[0], "ArgumentException"));
        } else {
            history.remove(newest ? HistorySelection.first(HistorySelection.from(entries, id[0]), count)
                    : HistorySelection.last(HistorySelection.upTo(entries, id[0]), count));
        }
    }

    /** Up to {@code limit} entries whose command line matches, the oldest first (the newest with -Newest). */
    private List<HistoryInfo> matching(List<HistoryInfo> entries, String pattern, int limit) {
        WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
        List<HistoryInfo> found = new ArrayList<>();
        for (HistoryInfo entry : newest ? entries.reversed() : entries) {
            if (found.size() < limit && wildcard.isMatch(entry.commandLine())) {
                found.add(entry);
            }
        }
        return found;
    }
}
