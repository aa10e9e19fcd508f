package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.function.Consumer;

/**
 * How a {@code switch} clause that is not a script block literal decides whether it matches the current
 * element, as pwsh's switch clause binder does: the clause value is compared with the element, both as
 * strings, for equality (by default or with -Exact), as a regular expression (-Regex, or a [regex]
 * value) or as a wildcard pattern (-Wildcard, or a WildcardPattern value); case is ignored unless
 * -CaseSensitive. A $null clause matches only $null; a script block value is called with {@code $_}.
 */
public final class SwitchOperators {
    private SwitchOperators() {
    }

    /**
     * @param setMatches receives {@code $Matches} when a regular expression matches
     * @throws PSRuntimeException InvalidRegularExpression for a bad pattern
     */
    @TruffleBoundary
    public static boolean clauseMatches(Object clause, Object element, boolean regex, boolean wildcard,
                                        boolean caseSensitive, Consumer<Hashtable> setMatches) {
        Object condition = PSObject.base(clause);
        if (condition == null) {
            return element == null;
        }
        if (condition instanceof ScriptCallable script) {
            return LanguagePrimitives.isTrue(script.invoke(null, element, new Object[0]));
        }
        String text = LanguagePrimitives.toStringValue(element);
        if (condition instanceof Regex || regex) {
            return regexMatches(condition, text, caseSensitive, setMatches);
        }
        if (condition instanceof WildcardPattern || wildcard) {
            return new WildcardPattern(LanguagePrimitives.toStringValue(condition),
                    caseSensitive ? 0 : WildcardPattern.IGNORE_CASE).isMatch(text);
        }
        return ComparisonOperators.stringEquals(LanguagePrimitives.toStringValue(condition), text, !caseSensitive);
    }

    private static boolean regexMatches(Object condition, String text, boolean caseSensitive,
                                        Consumer<Hashtable> setMatches) {
        long options = caseSensitive ? 0 : Regex.IGNORE_CASE;
        Regex regex;
        if (condition instanceof Regex r && (r.options() & Regex.IGNORE_CASE) == options) {
            regex = r;
        } else {
            String pattern = condition instanceof Regex r ? r.pattern() : LanguagePrimitives.toStringValue(condition);
            try {
                regex = Regex.get(pattern, options);
            } catch (DotNetException e) {
                throw new PSRuntimeException("InvalidRegularExpression", ErrorCategory.InvalidOperation,
                        "The regular expression pattern " + pattern + " is not valid.");
            }
        }
        Match m = regex.match(text);
        if (m.success()) {
            setMatches.accept(MatchOperators.matchesTable(regex, m));
        }
        return m.success();
    }
}
