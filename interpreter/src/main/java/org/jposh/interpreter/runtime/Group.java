package org.jposh.interpreter.runtime;

/**
 * System.Text.RegularExpressions.Group: one group of a match. Java keeps only the last capture of a
 * repeated group, so Captures holds at most that one.
 */
public class Group {
    private final String name;
    private final String value;
    private final int index;
    private final boolean success;

    Group(String name, String value, int index, boolean success) {
        this.name = name;
        this.value = value;
        this.index = index;
        this.success = success;
    }

    public String name() {
        return name;
    }

    /** The captured text; empty when the group did not take part in the match. */
    public String value() {
        return value;
    }

    public int index() {
        return index;
    }

    public int length() {
        return value.length();
    }

    public boolean success() {
        return success;
    }

    /** Group.ToString() is the captured text, as $_ in a -replace script block shows. */
    @Override
    public String toString() {
        return value;
    }
}
