package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.TimeSpan;

/** New-TimeSpan: the time from -Start to -End (each defaulting to now), or a span of days, hours... */
@Cmdlet(verb = "New", noun = "TimeSpan", defaultParameterSetName = "Date")
public final class NewTimeSpanCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true, parameterSetName = "Date")
    @Alias("LastWriteTime")
    private DateTime start;

    @Parameter(position = 1, valueFromPipelineByPropertyName = true, parameterSetName = "Date")
    private DateTime end;

    @Parameter(parameterSetName = "Time")
    private int days;

    @Parameter(parameterSetName = "Time")
    private int hours;

    @Parameter(parameterSetName = "Time")
    private int minutes;

    @Parameter(parameterSetName = "Time")
    private int seconds;

    @Parameter(parameterSetName = "Time")
    private int milliseconds;

    @Override
    protected void processRecord() {
        if (parameterSetName().equals("Time")) {
            writeObject(TimeSpan.of(days, hours, minutes, seconds, milliseconds));
            return;
        }
        DateTime now = DateTime.now();
        writeObject((end != null ? end : now).subtract(start != null ? start : now));
    }
}
