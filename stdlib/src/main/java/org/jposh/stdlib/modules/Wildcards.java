package org.jposh.stdlib.modules;

import java.util.List;
import org.jposh.interpreter.runtime.WildcardPattern;

/** Matching names against lists of wildcard patterns, case-insensitively, as export lists are matched. */
final class Wildcards {
    private Wildcards() {
    }

    static boolean matchesAny(String name, List<String> patterns) {
        for (String pattern : patterns) {
            if (new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE).isMatch(name)) {
                return true;
            }
        }
        return false;
    }
}
