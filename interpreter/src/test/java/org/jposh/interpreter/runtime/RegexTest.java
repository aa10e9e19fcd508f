package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegexTest {

    @Test
    void unnamedGroupsAreNumberedBeforeNamedOnes() {
        Regex r = new Regex("(?<word>\\w+) (\\d+)", 0);
        assertEquals(List.of("0", "1", "word"), r.groupNames());
        Match m = r.match("abc 123");
        assertEquals("123", m.group(1).value());
        assertEquals("abc", m.group(2).value());
        assertEquals("abc", m.group("word").value());
    }

    @Test
    void numericGroupNamesTakeThatNumberAndBackReferencesFollowTheNumbering() {
        Regex r = new Regex("(?<5>a)(b)\\1\\5", 0);
        assertEquals(List.of("0", "1", "5"), r.groupNames());
        assertTrue(r.isMatch("abba"));
        assertFalse(r.isMatch("abab"));
        assertTrue(new Regex("(?<q>['\"]).*?\\k<q>", 0).isMatch("say 'hi'"));
        assertTrue(new Regex("(?'q'x)\\k'q'", 0).isMatch("xx"));
    }

    @Test
    void explicitCaptureTurnsUnnamedGroupsIntoNonCapturingOnes() {
        assertEquals(List.of("0", "n"), new Regex("(a)(?<n>b)", Regex.EXPLICIT_CAPTURE).groupNames());
        assertEquals(List.of("0", "n"), new Regex("(?n)(a)(?<n>b)", 0).groupNames());
        assertEquals(List.of("0", "1"), new Regex("(?n:(a))(b)", 0).groupNames());
        assertTrue(new Regex("(?in)A(b)", 0).isMatch("ab"));
    }

    @Test
    void characterClassSubtractionAndLiteralBrackets() {
        Regex consonants = new Regex("^[a-z-[aeiou]]+$", 0);
        assertTrue(consonants.isMatch("bcd"));
        assertFalse(consonants.isMatch("bad"));
        assertTrue(new Regex("^[[]$", 0).isMatch("["));
        assertTrue(new Regex("^[a&&b]+$", 0).isMatch("a&b"));
        assertTrue(new Regex("^[]a]+$", 0).isMatch("]a"));
    }

    @Test
    void dotAndDollarTreatOnlyNewlineAsALineEnd() {
        assertTrue(new Regex("^a.b$", 0).isMatch("a\rb"));
        assertFalse(new Regex("^a.b$", 0).isMatch("a\nb"));
        assertTrue(new Regex("^a.b$", Regex.SINGLELINE).isMatch("a\nb"));
        assertTrue(new Regex("b$", 0).isMatch("ab\n"));
        assertTrue(new Regex("^b$", Regex.MULTILINE).isMatch("a\nb\nc"));
        assertTrue(new Regex("a\\z", 0).isMatch("a"));
        assertFalse(new Regex("a\\z", 0).isMatch("a\n"));
        assertTrue(new Regex("a\\Z", 0).isMatch("a\n"));
    }

    @Test
    void unicodeClassesAndIgnoreCaseAreUnicodeAware() {
        assertTrue(new Regex("^\\w+$", 0).isMatch("éte"));
        assertTrue(new Regex("^\\d$", 0).isMatch("\u0663"));
        assertTrue(new Regex("^ÉTÉ$", Regex.IGNORE_CASE).isMatch("été"));
        assertTrue(new Regex("\\p{IsGreek}", 0).isMatch("\u03b1"));
        assertTrue(new Regex("a{,2}", 0).isMatch("a{,2}"));
        assertTrue(new Regex("\\0", 0).isMatch("\u0000"));
    }

    @Test
    void replacementsUseDotNetSubstitutions() {
        Regex r = new Regex("(?<first>\\w+) (\\w+)", 0);
        assertEquals("b a", r.replace("a b", "$1 ${first}", -1));
        assertEquals("[a b]", r.replace("a b", "[$0]", -1));
        assertEquals("$ a b", r.replace("a b", "$$ $&", -1));
        assertEquals("-x a- -b y-", r.replace("x a b y", "-$&-", -1));
        assertEquals("$9 $x", r.replace("a b", "$9 $x", -1));
        assertEquals("${nope}", r.replace("a b", "${nope}", -1));
        assertEquals("x<x>y", new Regex("a", 0).replace("xay", "<$`>", -1));
        assertEquals("x<y>y", new Regex("a", 0).replace("xay", "<$'>", -1));
        assertEquals("x<b>", new Regex("a(b)", 0).replace("xab", "<$+>", -1));
    }

    @Test
    void replaceCanBeLimitedAndUseAnEvaluator() {
        Regex r = new Regex("\\d", 0);
        assertEquals("x 2 3", r.replace("1 2 3", "x", 1));
        assertEquals("2 4 6", r.replace("1 2 3", m -> String.valueOf(Integer.parseInt(m.value()) * 2), -1));
        assertEquals("1 2 x", new Regex("\\d", Regex.RIGHT_TO_LEFT).replace("1 2 3", "x", 1));
    }

    @Test
    void splitIncludesCapturesAndHonoursTheCount() {
        assertEquals(List.of("a", "b", "c"), new Regex(",", 0).split("a,b,c", 0));
        assertEquals(List.of("a", ",", "b"), new Regex("(,)", 0).split("a,b", 0));
        assertEquals(List.of("a", "b,c"), new Regex(",", 0).split("a,b,c", 2));
        assertEquals(List.of("a,b", "c"), new Regex(",", Regex.RIGHT_TO_LEFT).split("a,b,c", 2));
        assertEquals(List.of("", "a", "b", ""), new Regex("", 0).split("ab", 0));
        assertEquals(List.of("", "b", ""), new Regex("a", 0).split("aba", 0));
    }

    @Test
    void matchesAndNextMatchWalkThroughTheInput() {
        Regex r = new Regex("\\d+", 0);
        List<Match> all = r.matches("a1b22c333");
        assertEquals(3, all.size());
        assertEquals(6, all.get(2).index());
        Match m = r.match("a1b22");
        assertEquals("22", m.nextMatch().value());
        assertFalse(m.nextMatch().nextMatch().success());
    }

    @Test
    void escapeAndUnescapeFollowDotNet() {
        assertEquals("a\\.b\\*c\\ d\\#\\t", Regex.escape("a.b*c d#\t"));
        assertEquals("a.b*c d#\t", Regex.unescape("a\\.b\\*c\\ d\\#\\t"));
        assertTrue(new Regex(Regex.escape("1+1=2 (maybe)"), 0).isMatch("1+1=2 (maybe)"));
    }

    @Test
    void unescapeReadsEscapesAsDotNetsPatternParser() {
        assertEquals("A\u0041\u0001\u0001\u0008!", Regex.unescape("\\x41\\u0041\\001\\ca\\b\\!"));
        assertEquals("\u00ff8", Regex.unescape("\\7778"));
        assertEquals("ab", Regex.unescape("ab\\"));
        DotNetException e = assertThrows(DotNetException.class, () -> Regex.unescape("C:\\Windows"));
        assertEquals("Invalid pattern 'C:\\Windows' at offset 4. Unrecognized escape sequence \\W.", e.getMessage());
        assertEquals("Invalid pattern '\\x4' at offset 2. Insufficient or invalid hexadecimal digits.",
                assertThrows(DotNetException.class, () -> Regex.unescape("\\x4")).getMessage());
        assertThrows(DotNetException.class, () -> Regex.unescape("\\c1"));
    }

    @Test
    void unsupportedAndInvalidPatternsAreArgumentErrors() {
        DotNetException e = assertThrows(DotNetException.class, () -> new Regex("(?<a-b>x)", 0));
        assertEquals("System.Text.RegularExpressions.RegexParseException", e.typeName());
        assertThrows(DotNetException.class, () -> new Regex("(?(x)a|b)", 0));
        assertThrows(DotNetException.class, () -> new Regex("[abc", 0));
        assertThrows(DotNetException.class, () -> new Regex("(a", 0));
    }
}
