package org.jposh.interpreter.runtime;

/**
 * A value of a .NET enum ({@code [System.DayOfWeek]::Friday}, {@code [RegexOptions]'IgnoreCase, Multiline'}):
 * its type and underlying number. It prints as its name(s), compares and converts as its number.
 */
public record EnumValue(DotNetType dotNetType, long value) implements DotNetTyped {
    @Override
    public String toString() {
        return dotNetType.enumType().format(value);
    }
}
