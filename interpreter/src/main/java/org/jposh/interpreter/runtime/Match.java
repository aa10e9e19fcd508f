package org.jposh.interpreter.runtime;

import java.util.List;

/**
 * System.Text.RegularExpressions.Match: the whole match (group 0) and its groups in .NET's group
 * order, reachable by number or name.
 */
public final class Match extends Group {
    private final Regex regex;
    private final String input;
    private final List<Group> groups;
    private final int nextStart;

    Match(Regex regex, String input, List<Group> groups, int nextStart) {
        super("0", groups.getFirst().value(), groups.getFirst().index(), groups.getFirst().success());
        this.regex = regex;
        this.input = input;
        this.groups = groups;
        this.nextStart = nextStart;
    }

    static Match failed(Regex regex, String input) {
        return new Match(regex, input, List.of(new Group("0", "", 0, false)), -1);
    }

    /** The groups, group 0 (the whole match) first, then in order of .NET group number. */
    public List<Group> groups() {
        return groups;
    }

    /** The group of this number, or null when the pattern has none. */
    public Group group(int number) {
        List<String> names = regex.groupNames();
        for (int i = 0; i < names.size(); i++) {
            if (regex.groupNumber(i) == number) {
                return groups.get(i);
            }
        }
        return null;
    }

    /** The group of this name (case-sensitive, as .NET's), or null. */
    public Group group(String name) {
        int i = regex.groupNames().indexOf(name);
        return i < 0 ? null : groups.get(i);
    }

    /** Match.NextMatch: the next match after this one, or a failed match. */
    public Match nextMatch() {
        if (!success() || nextStart > input.length()) {
            return failed(regex, input);
        }
        return regex.match(input, nextStart);
    }

    String input() {
        return input;
    }
}
