package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.commands.ValidateRangeKind;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ThreadMembers;
import org.jposh.interpreter.runtime.TimeSpan;

/**
 * Start-Sleep. The wait is a Truffle blocked-thread section, so cancelling or interrupting the
 * context (what stopping a pipeline does) ends it at once; other safepoint work resumes it until the
 * deadline.
 */
@Cmdlet(verb = "Start", noun = "Sleep", defaultParameterSetName = "Seconds")
public final class StartSleepCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, parameterSetName = "Seconds", valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE / 1000)
    private double seconds;

    @Parameter(mandatory = true, parameterSetName = "Milliseconds", valueFromPipelineByPropertyName = true)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    @Alias("ms")
    private int milliseconds;

    @Parameter(position = 0, mandatory = true, parameterSetName = "FromTimeSpan", valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @ValidateRange(kind = ValidateRangeKind.NonNegative)
    @Alias("ts")
    private TimeSpan duration;

    @Override
    protected void processRecord() {
        long millis = switch (parameterSetName()) {
            case "Milliseconds" -> milliseconds;
            case "FromTimeSpan" -> durationMillis();
            default -> (int) (seconds * 1000);
        };
        ThreadMembers.sleepInterruptibly(millis);
    }

    private long durationMillis() {
        if (duration.totalUnits(TimeSpan.TICKS_PER_MILLISECOND) > Integer.MAX_VALUE) {
            throw throwTerminatingError(errorRecord("The '-Duration' parameter value must not exceed '"
                    + new TimeSpan(Integer.MAX_VALUE * TimeSpan.TICKS_PER_MILLISECOND) + "', provided value was '"
                    + duration + "'.", "MaximumDurationExceeded", ErrorCategory.InvalidArgument, null,
                    "PSArgumentException"));
        }
        return (long) Math.floor(duration.totalUnits(TimeSpan.TICKS_PER_MILLISECOND));
    }
}
