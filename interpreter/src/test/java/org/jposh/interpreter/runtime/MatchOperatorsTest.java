package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchOperatorsTest {

    private static boolean like(String text, String pattern) {
        return new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE).isMatch(text);
    }

    @Test
    void wildcardsMatchTheWholeString() {
        assertTrue(like("hello", "h*o"));
        assertTrue(like("hello", "HELLO"));
        assertFalse(like("hello", "hell"));
        assertTrue(like("hello", "h?llo"));
        assertFalse(like("hllo", "h?llo"));
        assertTrue(like("", "*"));
        assertTrue(like("abc", "*b*"));
        assertTrue(like("aaab", "*a*b"));
        assertFalse(like("abc", "*b"));
        assertFalse(new WildcardPattern("HELLO", 0).isMatch("hello"));
    }

    @Test
    void bracketsHoldSetsAndRangesWithoutNegation() {
        assertTrue(like("b", "[a-c]"));
        assertTrue(like("B", "[a-c]"));
        assertFalse(like("d", "[a-c]"));
        assertTrue(like("x", "[xyz]"));
        assertTrue(like("!", "[!x]"));
        assertTrue(like("x", "[!x]"));
        assertFalse(like("y", "[!x]"));
        assertTrue(like("-", "[a-]"));
        assertTrue(like("]", "[]]"));
    }

    @Test
    void aBacktickEscapesTheNextCharacter() {
        assertTrue(like("a*b", "a`*b"));
        assertFalse(like("axb", "a`*b"));
        assertTrue(like("[x]", "`[x`]"));
        assertTrue(like("a`", "a`"));
        assertEquals("a`*b`[c`]", WildcardPattern.escape("a*b[c]"));
        assertTrue(WildcardPattern.containsWildcardCharacters("a*"));
        assertFalse(WildcardPattern.containsWildcardCharacters("a`*"));
    }

    @Test
    void anUnclosedBracketIsAnInvalidPattern() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> like("a", "[abc"));
        assertEquals("WildcardPattern_Invalid", e.errorId());
        assertEquals("The specified wildcard character pattern is not valid: [abc", e.getMessage());
        assertThrows(PSRuntimeException.class, () -> like("a", "[z-a]"));
    }

    @Test
    void likeFiltersCollectionsIntoStrings() {
        assertEquals(true, MatchOperators.like("Hello", "h*", true, false));
        assertEquals(false, MatchOperators.like("Hello", "h*", false, false));
        assertEquals(true, MatchOperators.like("Hello", "x*", true, true));
        assertArrayEquals(new Object[] {"1", "11"}, (Object[]) MatchOperators.like(new Object[] {1, 2, 11}, "1*", true,
                false));
        assertArrayEquals(new Object[] {"2"}, (Object[]) MatchOperators.like(new Object[] {1, 2, 11}, "1*", true, true));
        assertEquals(true, MatchOperators.like(null, "", true, false));
    }

    @Test
    void matchOnAScalarSetsMatchesWithNumbersAndNames() {
        List<Hashtable> set = new ArrayList<>();
        Object result = MatchOperators.match("Date: 2024-01-05", "(?<year>\\d{4})-(\\d\\d)", true, false, set::add);
        assertEquals(true, result);
        Hashtable matches = set.getFirst();
        assertEquals("2024-01", matches.get(0));
        assertEquals("01", matches.get(1));
        assertEquals("2024", matches.get("YEAR"));
        assertEquals(3, matches.size());
    }

    @Test
    void matchIgnoresCaseUnlessCaseSensitive() {
        List<Hashtable> set = new ArrayList<>();
        assertEquals(true, MatchOperators.match("ABC", "b", true, false, set::add));
        assertEquals(false, MatchOperators.match("ABC", "b", false, false, set::add));
        assertEquals(true, MatchOperators.match("ABC", "b", false, true, set::add));
        assertEquals(1, set.size());
    }

    @Test
    void matchOnACollectionFiltersAndLeavesMatchesAlone() {
        List<Hashtable> set = new ArrayList<>();
        Object result = MatchOperators.match(new Object[] {"apple", 12, "banana"}, "an|1", true, false, set::add);
        assertArrayEquals(new Object[] {12, "banana"}, (Object[]) result);
        assertTrue(set.isEmpty());
        assertArrayEquals(new Object[] {"apple"},
                (Object[]) MatchOperators.match(new Object[] {"apple", 12, "banana"}, "an|1", true, true, set::add));
    }

    @Test
    void groupsThatDidNotTakePartAreNotInMatches() {
        List<Hashtable> set = new ArrayList<>();
        MatchOperators.match("a", "(a)|(b)", true, false, set::add);
        assertEquals("a", set.getFirst().get(1));
        assertNull(set.getFirst().get(2));
        assertFalse(set.getFirst().containsKey(2));
    }

    @Test
    void anInvalidPatternIsAnError() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> MatchOperators.match("a", "(", true, false, m -> { }));
        assertTrue(e.getMessage().startsWith("Invalid pattern '(' at offset"));
        assertEquals("System.Text.RegularExpressions.RegexParseException", e.errorId());
        assertEquals(ErrorCategory.OperationStopped, e.category());
        assertEquals("RegexParseException", e.exceptionTypeName());
    }
}
