package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code -like -notlike} (wildcards) and {@code -match -notmatch} (regular expressions), with their
 * {@code -c}/{@code -i} forms. A scalar left operand gives a bool; a collection is filtered — by
 * -like into the matching elements' strings, by -match into the matching elements themselves. A
 * scalar -match that succeeds sets {@code $Matches}; a collection never does.
 */
public final class MatchOperators {
    private MatchOperators() {
    }

    /** {@code left -like right} ({@code not} for -notlike). */
    @TruffleBoundary
    public static Object like(Object left, Object right, boolean ignoreCase, boolean not) {
        Object pattern = PSObject.base(right);
        WildcardPattern wildcard = pattern instanceof WildcardPattern w ? w
                : new WildcardPattern(LanguagePrimitives.toStringValue(right),
                        ignoreCase ? WildcardPattern.IGNORE_CASE : 0);
        Iterable<?> elements = LanguagePrimitives.getEnumerable(left);
        if (elements == null) {
            return wildcard.isMatch(LanguagePrimitives.toStringValue(left)) ^ not;
        }
        List<Object> result = new ArrayList<>();
        for (Object element : elements) {
            String text = LanguagePrimitives.toStringValue(element);
            if (wildcard.isMatch(text) ^ not) {
                result.add(text);
            }
        }
        return result.toArray();
    }

    /**
     * {@code left -match right} ({@code not} for -notmatch). The right operand is a Regex or a pattern.
     *
     * @param setMatches receives the new {@code $Matches} when a scalar matches
     * @throws PSRuntimeException System.Text.RegularExpressions.RegexParseException for an invalid pattern
     */
    @TruffleBoundary
    public static Object match(Object left, Object right, boolean ignoreCase, boolean not,
                               Consumer<Hashtable> setMatches) {
        Regex regex = regex(right, ignoreCase ? Regex.IGNORE_CASE : 0);
        Iterable<?> elements = LanguagePrimitives.getEnumerable(left);
        if (elements == null) {
            Match m = regex.match(LanguagePrimitives.toStringValue(left));
            if (m.success()) {
                setMatches.accept(matchesTable(regex, m));
            }
            return m.success() ^ not;
        }
        List<Object> result = new ArrayList<>();
        for (Object element : elements) {
            if (regex.isMatch(LanguagePrimitives.toStringValue(element)) ^ not) {
                result.add(element);
            }
        }
        return result.toArray();
    }

    /** {@code $Matches}: each group that took part, by number (int keys) or name, keys ignoring case. */
    public static Hashtable matchesTable(Regex regex, Match m) {
        Hashtable table = new Hashtable(true);
        List<String> names = regex.groupNames();
        for (int i = 0; i < names.size(); i++) {
            Group g = m.groups().get(i);
            if (g.success()) {
                String name = names.get(i);
                boolean numeric = name.chars().allMatch(Character::isDigit);
                table.put(numeric ? (Object) Integer.parseInt(name) : name, g.value());
            }
        }
        return table;
    }

    /** The operand as a Regex: a Regex as it is, anything else as a pattern string (cached). */
    static Regex regex(Object operand, long options) {
        Object base = PSObject.base(operand);
        if (base instanceof Regex r) {
            return r;
        }
        try {
            return Regex.get(LanguagePrimitives.toStringValue(operand), options);
        } catch (DotNetException e) {
            throw PSRuntimeException.fromDotNetException(e);
        }
    }
}
