package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.WildcardPattern;

/** -Include and -Exclude lists of wildcard patterns, matched case-insensitively. */
final class Wildcards {
    private Wildcards() {
    }

    static List<WildcardPattern> patterns(String[] texts) {
        List<WildcardPattern> patterns = new ArrayList<>();
        if (texts != null) {
            for (String text : texts) {
                patterns.add(new WildcardPattern(text, WildcardPattern.IGNORE_CASE));
            }
        }
        return patterns;
    }

    static boolean matchesAny(List<WildcardPattern> patterns, String text) {
        for (WildcardPattern pattern : patterns) {
            if (pattern.isMatch(text)) {
                return true;
            }
        }
        return false;
    }
}
