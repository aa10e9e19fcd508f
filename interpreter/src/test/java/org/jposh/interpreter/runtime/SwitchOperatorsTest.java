package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SwitchOperatorsTest {
    private Hashtable matches;

    private boolean matches(Object clause, Object element, boolean regex, boolean wildcard, boolean caseSensitive) {
        return SwitchOperators.clauseMatches(clause, element, regex, wildcard, caseSensitive, m -> matches = m);
    }

    @Test
    void plainClausesCompareAsStringsIgnoringCase() {
        assertTrue(matches(5, "5", false, false, false));
        assertTrue(matches(5.0, 5, false, false, false));
        assertTrue(matches("ABC", "abc", false, false, false));
        assertFalse(matches("ABC", "abc", false, false, true));
        assertFalse(matches("a*", "abc", false, false, false));
        assertNull(matches);
    }

    @Test
    void aNullClauseMatchesOnlyNull() {
        assertTrue(matches(null, null, false, false, false));
        assertFalse(matches(null, "", false, false, false));
    }

    @Test
    void regexClausesSetMatches() {
        assertTrue(matches("(?<n>\\d+)", "ab12", true, false, false));
        assertEquals("12", matches.get("n"));
        assertEquals("12", matches.get(0));
        assertFalse(matches("^AB", "ab12", true, false, true));
    }

    @Test
    void aRegexValueIsUsedEvenWithoutTheFlag() {
        assertTrue(matches(new Regex("^a", Regex.IGNORE_CASE), "Abc", false, false, false));
        // a case-sensitive switch rebuilds a case-insensitive regex with its own options
        assertFalse(matches(new Regex("^a", Regex.IGNORE_CASE), "Abc", false, false, true));
    }

    @Test
    void wildcardClausesMatchTheWholeString() {
        assertTrue(matches("*.TXT", "a.txt", false, true, false));
        assertFalse(matches("*.TXT", "a.txt", false, true, true));
        assertFalse(matches("a", "abc", false, true, false));
    }

    @Test
    void aScriptBlockValueIsCalledWithTheElement() {
        ScriptCallable greaterThanTwo = (dollarThis, dollarUnder, args) -> (Integer) dollarUnder > 2;
        assertTrue(matches(greaterThanTwo, 3, false, false, false));
        assertFalse(matches(greaterThanTwo, 1, false, false, false));
    }

    @Test
    void anInvalidPatternIsAnError() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> matches("(", "x", true, false, false));
        assertEquals("InvalidRegularExpression", e.errorId());
        assertEquals("The regular expression pattern ( is not valid.", e.getMessage());
    }
}
