package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * The -Filter, -Include and -Exclude of the item cmdlets, applied to item names, case-insensitively.
 * -Filter follows .NET's Win32 file matching, where brackets are literal characters.
 */
final class ItemFilter {
    private final WildcardPattern filter;
    private final List<WildcardPattern> include;
    private final List<WildcardPattern> exclude;

    ItemFilter(String filter, List<String> include, String[] exclude) {
        this.filter = filter == null || filter.isEmpty() ? null
                : new WildcardPattern(filter.replace("[", "`[").replace("]", "`]"), WildcardPattern.IGNORE_CASE);
        this.include = patterns(include);
        this.exclude = patterns(exclude == null ? List.of() : List.of(exclude));
    }

    private static List<WildcardPattern> patterns(List<String> texts) {
        List<WildcardPattern> result = new ArrayList<>();
        for (String text : texts) {
            result.add(new WildcardPattern(text, WildcardPattern.IGNORE_CASE));
        }
        return result;
    }

    boolean hasIncludeOrExclude() {
        return !include.isEmpty() || !exclude.isEmpty();
    }

    /** Whether -Filter lets the name through. */
    boolean passesFilter(String name) {
        return filter == null || filter.isMatch(name);
    }

    /** Whether -Include (when given) matches the name and -Exclude does not. */
    boolean passesIncludeExclude(String name) {
        if (!include.isEmpty() && !anyMatch(include, name)) {
            return false;
        }
        return !anyMatch(exclude, name);
    }

    boolean passes(String name) {
        return passesFilter(name) && passesIncludeExclude(name);
    }

    private static boolean anyMatch(List<WildcardPattern> patterns, String name) {
        for (WildcardPattern p : patterns) {
            if (p.isMatch(name)) {
                return true;
            }
        }
        return false;
    }
}
