package org.jposh.interpreter.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A command line split as .NET splits ProcessStartInfo.Arguments on Unix. */
class CommandLineArgumentsTest {
    @Test
    void blanksSeparateAndQuotesGroup() {
        assertEquals(List.of("a", "b c", "d"), CommandLineArguments.split("  a\t\"b c\"   d "));
    }

    @Test
    void quotesMayJoinTextAroundThem() {
        assertEquals(List.of("x y z", ""), CommandLineArguments.split("x\" y \"z \"\""));
    }

    @Test
    void doubledQuoteInsideQuotesIsAQuote() {
        assertEquals(List.of("say \"hi\""), CommandLineArguments.split("\"say \"\"hi\"\"\""));
    }

    @Test
    void backslashesAreLiteralUnlessBeforeAQuote() {
        assertEquals(List.of("a\\b\\\\c", "x\"y", "p\\", "q r"), CommandLineArguments.split(
                "a\\b\\\\c x\\\"y \"p\\\\\" \"q r\""));
    }

    @Test
    void otherWhitespaceIsPartOfAnArgument() {
        assertEquals(List.of("a\nb"), CommandLineArguments.split("a\nb"));
    }

    @Test
    void emptyLineHasNoArguments() {
        assertEquals(List.of(), CommandLineArguments.split("   "));
    }
}
