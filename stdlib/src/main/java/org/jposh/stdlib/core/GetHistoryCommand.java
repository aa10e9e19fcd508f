package org.jposh.stdlib.core;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.host.HistoryInfo;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Get-History: the command lines of this session, oldest first; {@code -Count N} the last N of
 * them (with one {@code -Id}, the N up to that id), {@code -Id} the entries with those ids.
 */
@Cmdlet(verb = "Get", noun = "History")
public final class GetHistoryCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    @ValidateRange(min = 1, max = Long.MAX_VALUE)
    private long[] id;

    @Parameter(position = 1)
    @ValidateRange(min = 0, max = Short.MAX_VALUE)
    private int count;

    @Override
    protected void processRecord() {
        boolean counted = boundParameters().containsKey("Count");
        List<HistoryInfo> entries = host().history().entries();
        if (id == null) {
            writeAll(HistorySelection.last(entries, counted ? count : entries.size()));
        } else if (!counted) {
            for (long wanted : id) {
                HistoryInfo entry = host().history().get(wanted);
                if (entry != null) {
                    writeObject(entry);
                } else {
                    writeError(errorRecord(HistorySelection.noHistoryForId(wanted), "GetHistoryNoHistoryForId",
                            ErrorCategory.ObjectNotFound, wanted, "ArgumentException"));
                }
            }
        } else if (id.length > 1) {
            throw throwTerminatingError(errorRecord("The count cannot be combined with multiple Ids.",
                    "GetHistoryNoCountWithMultipleIds", ErrorCategory.InvalidArgument, count, "ArgumentException"));
        } else {
            writeAll(HistorySelection.last(HistorySelection.upTo(entries, id[0]), count));
        }
    }

    private void writeAll(List<HistoryInfo> entries) {
        entries.forEach(this::writeObject);
    }
}
