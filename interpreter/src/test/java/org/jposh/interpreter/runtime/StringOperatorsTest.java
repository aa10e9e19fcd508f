package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** -replace, -split, -join and the range operator. */
class StringOperatorsTest {

    private static Object[] args(Object... values) {
        return values;
    }

    @Test
    void replaceIsRegexAndCaseInsensitiveByDefault() {
        assertEquals("hxllx", ReplaceOperator.replace("hello", args("E|O", "x"), true, "-replace"));
        assertEquals("hello", ReplaceOperator.replace("hello", args("E|O", "x"), false, "-creplace"));
        assertEquals("b-a", ReplaceOperator.replace("a-b", args("(\\w)-(\\w)", "$2-$1"), true, "-replace"));
        assertEquals("1,234", ReplaceOperator.replace("1234", args("(?<=\\d)(?=(\\d{3})+$)", ","), true, "-replace"));
        assertEquals("John", ReplaceOperator.replace("Name: John", args("^Name: (?<n>.*)$", "${n}"), true, "-replace"));
        assertEquals("cost $5", ReplaceOperator.replace("cost 5", args("(\\d)", "$$$1"), true, "-replace"));
    }

    @Test
    void replaceWithOnlyAPatternDeletesMatches() {
        assertEquals("hll", ReplaceOperator.replace("hello", "[eo]", true, "-replace"));
        assertEquals("hello", ReplaceOperator.replace("hello", new Object[0], true, "-replace"));
    }

    @Test
    void replaceWorksElementByElementOnCollections() {
        Object result = ReplaceOperator.replace(new Object[] {"a1", 22, null}, args("\\d", "#"), true, "-replace");
        assertArrayEquals(new Object[] {"a#", "##", ""}, (Object[]) result);
    }

    @Test
    void aScriptBlockReplacementGetsEachMatchAsDollarUnder() {
        ScriptCallable upper = (self, match, a) -> ((Match) match).value().toUpperCase() + ((Match) match).index();
        assertEquals("A0-B2", ReplaceOperator.replace("a-b", args("\\w", upper), true, "-replace"));
    }

    @Test
    void replaceRejectsMoreThanTwoOperandsAndBadPatterns() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> ReplaceOperator.replace("a", args("a", "b", "c"), true, "-replace"));
        assertEquals("BadReplaceArgument", e.errorId());
        assertEquals("The -replace operator allows only two elements to follow it, not 3.", e.getMessage());
        PSRuntimeException bad = assertThrows(PSRuntimeException.class,
                () -> ReplaceOperator.replace("a", args("(", "b"), true, "-replace"));
        assertEquals("InvalidRegularExpression", bad.errorId());
        assertEquals("The regular expression pattern ( is not valid.", bad.getMessage());
    }

    @Test
    void splitIsRegexIncludesCapturesAndReturnsStrings() {
        Object result = SplitOperator.split("a1b22c", "\\d+", true);
        assertInstanceOf(String[].class, result);
        assertArrayEquals(new String[] {"a", "b", "c"}, (String[]) result);
        assertArrayEquals(new String[] {"a", "1", "b"}, SplitOperator.split("a1b", "(\\d)", true));
        assertArrayEquals(new String[] {"a", "b"}, SplitOperator.split("aXb", "x", true));
        assertArrayEquals(new String[] {"aXb"}, SplitOperator.split("aXb", "x", false));
        assertArrayEquals(new String[] {"a", "", "b"}, SplitOperator.split("a,,b", ",", true));
    }

    @Test
    void splitTakesAMaximumCountFromEitherEnd() {
        assertArrayEquals(new String[] {"a", "b,c,d"}, SplitOperator.split("a,b,c,d", args(",", 2), true));
        assertArrayEquals(new String[] {"a,b,c", "d"}, SplitOperator.split("a,b,c,d", args(",", -2), true));
        assertArrayEquals(new String[] {"a", "b", "c", "d"}, SplitOperator.split("a,b,c,d", args(",", 0), true));
    }

    @Test
    void splitOptionsChangeHowTheDelimiterIsRead() {
        assertArrayEquals(new String[] {"a", "b"}, SplitOperator.split("a.b", args(".", 0, "SimpleMatch"), true));
        assertArrayEquals(new String[] {"", "", "", ""}, SplitOperator.split("a.b", args(".", 0, "RegexMatch"), true));
        assertArrayEquals(new String[] {"aXb"}, SplitOperator.split("aXb", args("x", 0, "SimpleMatch"), false));
        assertArrayEquals(new String[] {"a", "b"}, SplitOperator.split("aXb", args("x", 0, "SimpleMatch,IgnoreCase"),
                false));
        assertArrayEquals(new String[] {"a\n", "\nc"}, SplitOperator.split("a\nb\nc", args("^b", 0, "Multiline"), true));
        assertArrayEquals(new String[] {"a\nb\nc"}, SplitOperator.split("a\nb\nc", args("^b", 0, "RegexMatch"), true));
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> SplitOperator.split("a", args(".", 0, "SimpleMatch,Multiline"), true));
        assertEquals("InvalidSplitOptionCombination", e.errorId());
        assertEquals("The combination of options with the -split operator is not valid.", e.getMessage());
        PSInvalidCastException bad = assertThrows(PSInvalidCastException.class,
                () -> SplitOperator.split("a", args(".", 0, "Nope"), true));
        assertEquals("SubstringDisambiguationEnumParseThrewAnException", bad.errorId());
    }

    @Test
    void splitWithAScriptBlockAsksForEachCharacter() {
        ScriptCallable isComma = (self, ch, a) -> ",".equals(ch);
        assertArrayEquals(new String[] {"a", "b", "c"}, SplitOperator.split("a,b,c", isComma, true));
        assertArrayEquals(new String[] {"a", "b,c"}, SplitOperator.split("a,b,c", args(isComma, 2), true));
        assertArrayEquals(new String[] {"a,b", "c"}, SplitOperator.split("a,b,c", args(isComma, -2), true));
        PSRuntimeException e = assertThrows(PSRuntimeException.class,
                () -> SplitOperator.split("a", args(isComma, 0, "SimpleMatch"), true));
        assertEquals("Options are not allowed on the -split operator with a predicate.", e.getMessage());
    }

    @Test
    void unarySplitSplitsOnWhiteSpaceIgnoringTheEnds() {
        assertArrayEquals(new String[] {"a", "b", "c"}, SplitOperator.split("  a  b\tc \n"));
        assertArrayEquals(new String[] {"x", "y", "z"}, SplitOperator.split(new Object[] {"x y", "z"}));
    }

    @Test
    void splitAppliesToEachElementOfACollection() {
        assertArrayEquals(new String[] {"a", "b", "c", "d"}, SplitOperator.split(new Object[] {"a,b", "c,d"}, ",", true));
    }

    @Test
    void joinUsesTheSeparatorAndStringsOfTheElements() {
        assertEquals("1-2-3", JoinOperator.join(new Object[] {1, 2, 3}, "-"));
        assertEquals("123", JoinOperator.join(new Object[] {1, 2, 3}));
        assertEquals("a,,System.Object[]", JoinOperator.join(new Object[] {"a", null, new Object[] {1}}, ","));
        assertEquals("5", JoinOperator.join(5, ","));
        assertEquals("1.5|True", JoinOperator.join(new Object[] {1.5, true}, "|"));
    }

    @Test
    void rangesCountUpOrDownInclusively() {
        assertArrayEquals(new Object[] {1, 2, 3}, RangeOperator.range(1, 3));
        assertArrayEquals(new Object[] {3, 2, 1}, RangeOperator.range(3, 1));
        assertArrayEquals(new Object[] {-1, 0, 1}, RangeOperator.range("-1", 1));
        assertArrayEquals(new Object[] {2, 3}, RangeOperator.range(1.5, 3));
        assertArrayEquals(new Object[] {'a', 'b', 'c'}, RangeOperator.range("a", 'c'));
        assertArrayEquals(new Object[] {'c', 'b', 'a'}, RangeOperator.range('c', "a"));
        assertArrayEquals(new Object[] {0, 1, 2}, RangeOperator.range("0", "2"));
        int count = 0;
        for (Object ignored : RangeOperator.enumerate(1, 1_000_000_000)) {
            if (++count == 3) {
                break;
            }
        }
        assertEquals(3, count);
    }
}
