package org.jposh.interpreter.runtime;

/**
 * System.TimeSpan: a signed duration in ticks of 100 nanoseconds. Its default string is .NET's
 * constant ("c") format, {@code [-][d.]hh:mm:ss[.fffffff]}.
 */
public record TimeSpan(long ticks) implements Comparable<TimeSpan> {
    public static final long TICKS_PER_MILLISECOND = 10_000L;
    public static final long TICKS_PER_SECOND = 10_000_000L;
    public static final long TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
    public static final long TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
    public static final long TICKS_PER_DAY = 24 * TICKS_PER_HOUR;
    public static final TimeSpan ZERO = new TimeSpan(0);

    public static TimeSpan of(int days, int hours, int minutes, int seconds, int milliseconds) {
        return new TimeSpan(days * TICKS_PER_DAY + hours * TICKS_PER_HOUR + minutes * TICKS_PER_MINUTE
                + seconds * TICKS_PER_SECOND + milliseconds * TICKS_PER_MILLISECOND);
    }

    /** TimeSpan.FromSeconds and friends: a count of units, rounded to the nearest tick. */
    public static TimeSpan fromUnits(double count, long ticksPerUnit) {
        if (Double.isNaN(count)) {
            throw DotNetException.argument("TimeSpan does not accept floating point Not-a-Number values.", null);
        }
        double ticks = count * ticksPerUnit;
        if (ticks > Long.MAX_VALUE || ticks < Long.MIN_VALUE) {
            throw DotNetException.overflow("TimeSpan overflowed because the duration is too long.");
        }
        return new TimeSpan(Math.round(ticks));
    }

    public int days() {
        return (int) (ticks / TICKS_PER_DAY);
    }

    public int hours() {
        return (int) (ticks / TICKS_PER_HOUR % 24);
    }

    public int minutes() {
        return (int) (ticks / TICKS_PER_MINUTE % 60);
    }

    public int seconds() {
        return (int) (ticks / TICKS_PER_SECOND % 60);
    }

    public int milliseconds() {
        return (int) (ticks / TICKS_PER_MILLISECOND % 1000);
    }

    public double totalUnits(long ticksPerUnit) {
        return (double) ticks / ticksPerUnit;
    }

    public TimeSpan add(TimeSpan other) {
        try {
            return new TimeSpan(Math.addExact(ticks, other.ticks));
        } catch (ArithmeticException e) {
            throw DotNetException.overflow("TimeSpan overflowed because the duration is too long.");
        }
    }

    public TimeSpan negate() {
        return new TimeSpan(-ticks);
    }

    @Override
    public int compareTo(TimeSpan other) {
        return Long.compare(ticks, other.ticks);
    }

    /**
     * TimeSpan.Parse with the invariant culture: {@code [-][d.]hh:mm[:ss[.fffffff]]}, or a whole number of days.
     *
     * @throws DotNetException FormatException or OverflowException
     */
    public static TimeSpan parse(String text) {
        String s = text.strip();
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        try {
            long days = 0;
            String time = s;
            int colon = s.indexOf(':');
            int dot = s.indexOf('.');
            if (colon < 0) {
                days = Long.parseLong(s);
                time = null;
            } else if (dot >= 0 && dot < colon) {
                days = Long.parseLong(s.substring(0, dot));
                time = s.substring(dot + 1);
            }
            long result = days * TICKS_PER_DAY;
            if (time != null) {
                String[] parts = time.split(":", -1);
                if (parts.length < 2 || parts.length > 3) {
                    throw badFormat();
                }
                int hours = component(parts[0], 23);
                int minutes = component(parts[1], 59);
                long fraction = 0;
                int seconds = 0;
                if (parts.length == 3) {
                    String sec = parts[2];
                    int point = sec.indexOf('.');
                    if (point >= 0) {
                        String digits = sec.substring(point + 1);
                        if (digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(Character::isDigit)) {
                            throw badFormat();
                        }
                        fraction = Long.parseLong((digits + "0000000").substring(0, 7));
                        sec = sec.substring(0, point);
                    }
                    seconds = component(sec, 59);
                }
                result += hours * TICKS_PER_HOUR + minutes * TICKS_PER_MINUTE + seconds * TICKS_PER_SECOND + fraction;
            }
            return new TimeSpan(negative ? -result : result);
        } catch (NumberFormatException e) {
            throw badFormat();
        }
    }

    private static int component(String digits, int max) {
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw badFormat();
        }
        int value = Integer.parseInt(digits);
        if (value > max) {
            throw DotNetException.overflow("The TimeSpan string '" + digits
                    + "' could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
        }
        return value;
    }

    private static DotNetException badFormat() {
        return DotNetException.format("String was not recognized as a valid TimeSpan.");
    }

    @Override
    public String toString() {
        return DateTimeFormat.formatTimeSpan(this, null);
    }
}
