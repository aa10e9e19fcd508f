package org.jposh.stdlib.utility;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DateTimeFormat;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.TimeSpan;

/**
 * Get-Date: now, a given date or a Unix time, with parts replaced (-Year ... -Millisecond), in UTC
 * (-AsUTC), and as a DateTime or a string (-Format .NET patterns, -UFormat Unix specifiers).
 */
@Cmdlet(verb = "Get", noun = "Date", defaultParameterSetName = GetDateCommand.DATE_AND_FORMAT)
public final class GetDateCommand extends PSCmdlet {
    static final String DATE_AND_FORMAT = "DateAndFormat";
    static final String DATE_AND_UFORMAT = "DateAndUFormat";
    static final String UNIX_AND_FORMAT = "UnixTimeSecondsAndFormat";
    static final String UNIX_AND_UFORMAT = "UnixTimeSecondsAndUFormat";

    @Parameter(parameterSetName = DATE_AND_FORMAT, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = DATE_AND_UFORMAT, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Alias("LastWriteTime")
    private DateTime date;

    @Parameter(parameterSetName = UNIX_AND_FORMAT, mandatory = true)
    @Parameter(parameterSetName = UNIX_AND_UFORMAT, mandatory = true)
    @ValidateRange(min = -62135596800L, max = 253402300799L)
    @Alias("UnixTime")
    private Long unixTimeSeconds;

    @Parameter
    @ValidateRange(min = 1, max = 9999)
    private Integer year;

    @Parameter
    @ValidateRange(min = 1, max = 12)
    private Integer month;

    @Parameter
    @ValidateRange(min = 1, max = 31)
    private Integer day;

    @Parameter
    @ValidateRange(min = 0, max = 23)
    private Integer hour;

    @Parameter
    @ValidateRange(min = 0, max = 59)
    private Integer minute;

    @Parameter
    @ValidateRange(min = 0, max = 59)
    private Integer second;

    @Parameter
    @ValidateRange(min = 0, max = 999)
    private Integer millisecond;

    @Parameter(parameterSetName = DATE_AND_UFORMAT, mandatory = true)
    @Parameter(parameterSetName = UNIX_AND_UFORMAT, mandatory = true)
    private String uFormat;

    @Parameter(parameterSetName = DATE_AND_FORMAT)
    @Parameter(parameterSetName = UNIX_AND_FORMAT)
    private String format;

    @Parameter
    private boolean asUTC;

    @Override
    protected void processRecord() {
        try {
            DateTime result = compute(date, unixTimeSeconds);
            if (uFormat != null) {
                writeObject(UFormat.format(result, uFormat));
            } else if (format != null) {
                writeObject(format(result, format));
            } else {
                writeObject(result);
            }
        } catch (DotNetException e) {
            throw throwTerminatingError(errorRecord(PSRuntimeException.fromDotNetException(e), null));
        }
    }

    private DateTime compute(DateTime given, Long unixTime) {
        DateTime result;
        if (given != null) {
            result = given;
        } else if (unixTime != null) {
            result = new DateTime(LocalDateTime.ofEpochSecond(unixTime, 0, ZoneOffset.UTC), DateTime.Kind.Utc)
                    .toLocalTime();
        } else {
            result = DateTime.now();
        }
        var v = result.value();
        if (year != null) {
            result = result.addYears(year - v.getYear());
        }
        if (month != null) {
            result = result.addMonths(month - result.value().getMonthValue());
        }
        if (day != null) {
            result = result.addTicks((day - result.value().getDayOfMonth()) * TimeSpan.TICKS_PER_DAY);
        }
        if (hour != null) {
            result = result.addTicks((hour - result.value().getHour()) * TimeSpan.TICKS_PER_HOUR);
        }
        if (minute != null) {
            result = result.addTicks((minute - result.value().getMinute()) * TimeSpan.TICKS_PER_MINUTE);
        }
        if (second != null) {
            result = result.addTicks((second - result.value().getSecond()) * TimeSpan.TICKS_PER_SECOND);
        }
        if (millisecond != null) {
            int current = result.value().getNano() / 1_000_000;
            result = result.addTicks((millisecond - current) * TimeSpan.TICKS_PER_MILLISECOND);
            result = result.addTicks(-(result.ticks() % TimeSpan.TICKS_PER_MILLISECOND));
        }
        return asUTC ? result.toUniversalTime() : result;
    }

    /** {@code date.ToString(format)} in en-US, with pwsh's FileDate, FileDateTime and universal variants. */
    static String format(DateTime date, String format) {
        DateTime value = date;
        String pattern = format;
        if (format.equalsIgnoreCase("FileDate")) {
            pattern = "yyyyMMdd";
        } else if (format.equalsIgnoreCase("FileDateUniversal")) {
            value = date.toUniversalTime();
            pattern = "yyyyMMddZ";
        } else if (format.equalsIgnoreCase("FileDateTime")) {
            pattern = "yyyyMMddTHHmmssffff";
        } else if (format.equalsIgnoreCase("FileDateTimeUniversal")) {
            value = date.toUniversalTime();
            pattern = "yyyyMMddTHHmmssffffZ";
        }
        return DateTimeFormat.format(value, pattern, false);
    }
}
