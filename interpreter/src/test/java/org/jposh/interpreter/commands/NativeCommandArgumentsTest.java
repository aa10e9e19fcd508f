package org.jposh.interpreter.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a command line becomes a program's argv: pwsh 7.3's Standard argument passing on Unix, and --%. */
class NativeCommandArgumentsTest {
    private static List<String> argv(CommandArgument... arguments) {
        return NativeCommandProcessor.argumentList(arguments, Map.of("HOME", "/home/u")::get,
                pattern -> pattern.equals("*.txt") ? List.of("a.txt", "b.txt") : List.of());
    }

    @Test
    void eachArgumentIsOneEntryAsItIs() {
        assertEquals(List.of("a b", "", "c\"d"), argv(CommandArgument.positional("a b", null),
                CommandArgument.positional("", null), CommandArgument.positional("c\"d", null)));
    }

    @Test
    void arraysGiveOneEntryPerElement() {
        assertEquals(List.of("1", "2", "x"), argv(CommandArgument.positional(new Object[] {1, 2}, null),
                CommandArgument.positional("x", null)));
    }

    @Test
    void parametersAreWrittenAsTyped() {
        assertEquals(List.of("-la", "-o:x"), argv(CommandArgument.parameter("la", null),
                CommandArgument.named("o", "x", null)));
    }

    @Test
    void stopParsingSplitsAtBlanksWithQuotesAndEnvironmentVariables() {
        assertEquals(List.of("a", "b c", "/home/u", "%NOPE%"),
                argv(CommandArgument.positional(new StopParsingArgument("a  \"b c\"  %HOME% %NOPE%"), null)));
    }

    @Test
    void nullsAreLeftOutAndEmptyStringsKept() {
        assertEquals(List.of("", "a", "b"), argv(CommandArgument.positional(null, null),
                CommandArgument.positional("", null), CommandArgument.positional(new Object[] {"a", null, "b"}, null)));
    }

    @Test
    void anUnquotedTildeNamesTheHomeDirectory() {
        assertEquals(List.of("/home/u", "/home/u/x", "~x", "~/a b"), argv(CommandArgument.positional("~", null),
                CommandArgument.positional("~/x", null), CommandArgument.positional("~x", null),
                CommandArgument.positional("~/a b", null)));
    }

    @Test
    void anUnquotedWildcardBecomesTheMatchingPathsOrStaysAsItIs() {
        assertEquals(List.of("a.txt", "b.txt", "-o:a.txt", "-o:b.txt", "*.md", "a b*"),
                argv(CommandArgument.positional("*.txt", null), CommandArgument.named("o", "*.txt", null),
                        CommandArgument.positional("*.md", null), CommandArgument.positional("a b*", null)));
    }
}
