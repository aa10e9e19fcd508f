package org.jposh.interpreter.host;

import org.jposh.interpreter.PipelineState;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.TimeSpan;

/**
 * Microsoft.PowerShell.Commands.HistoryInfo: one command line the user ran, what Get-History writes.
 * Its string is the command line, so {@code "$(h 1)"} reads as the command.
 */
public record HistoryInfo(long id, String commandLine, PipelineState executionStatus, DateTime startExecutionTime,
                          DateTime endExecutionTime) {

    public static final DotNetType TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "HistoryInfo",
            HistoryInfo.class, b -> b.property("Id", CoreTypes.INT64, h -> ((HistoryInfo) h).id)
                    .property("CommandLine", CoreTypes.STRING, h -> ((HistoryInfo) h).commandLine)
                    .property("ExecutionStatus", CoreTypes.PIPELINE_STATE, h -> ((HistoryInfo) h).status())
                    .property("StartExecutionTime", CoreTypes.DATE_TIME, h -> ((HistoryInfo) h).startExecutionTime)
                    .property("EndExecutionTime", CoreTypes.DATE_TIME, h -> ((HistoryInfo) h).endExecutionTime)
                    .property("Duration", CoreTypes.TIME_SPAN, h -> ((HistoryInfo) h).duration()));

    static {
        CoreTypes.register(TYPE);
    }

    public TimeSpan duration() {
        return new TimeSpan(endExecutionTime.ticks() - startExecutionTime.ticks());
    }

    private EnumValue status() {
        return new EnumValue(CoreTypes.PIPELINE_STATE, switch (executionStatus) {
            case Stopped -> 3;
            case Completed -> 4;
            case Failed -> 5;
        });
    }

    @Override
    public String toString() {
        return commandLine;
    }
}
