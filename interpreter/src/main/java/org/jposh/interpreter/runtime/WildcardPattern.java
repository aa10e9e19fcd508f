package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;

/**
 * PowerShell's wildcards (System.Management.Automation.WildcardPattern), as {@code -like}, {@code switch
 * -wildcard} and cmdlet parameters use them: {@code *} any run of characters, {@code ?} one character,
 * {@code [abc]} and {@code [a-z]} one of a set, a backtick escapes the next character. As in pwsh, a
 * bracket expression has no negation ({@code [!x]} matches '!' or 'x') and the whole string must match.
 */
public final class WildcardPattern {
    public static final int IGNORE_CASE = 2;

    private static final int LITERAL = 0;
    private static final int ANY_ONE = 1;
    private static final int ANY_RUN = 2;
    private static final int SET = 3;

    private final String pattern;
    private final boolean ignoreCase;
    private final int[] kinds;
    private final char[] literals;
    private final char[][] sets;

    /**
     * A pattern; {@code options} is WildcardOptions (IgnoreCase = 2).
     *
     * @throws PSRuntimeException WildcardPattern_Invalid for an unclosed bracket or a descending range
     */
    @TruffleBoundary
    public WildcardPattern(String pattern, int options) {
        this.pattern = pattern;
        this.ignoreCase = (options & IGNORE_CASE) != 0;
        List<Integer> kindList = new ArrayList<>();
        StringBuilder literalList = new StringBuilder();
        List<char[]> setList = new ArrayList<>();
        boolean escaped = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escaped) {
                add(kindList, literalList, setList, LITERAL, normalize(c), null);
                escaped = false;
            } else if (c == '`') {
                escaped = true;
            } else if (c == '*') {
                add(kindList, literalList, setList, ANY_RUN, '\0', null);
            } else if (c == '?') {
                add(kindList, literalList, setList, ANY_ONE, '\0', null);
            } else if (c == '[') {
                i = bracket(i, kindList, literalList, setList);
            } else {
                add(kindList, literalList, setList, LITERAL, normalize(c), null);
            }
        }
        if (escaped && !pattern.equals("`")) {
            add(kindList, literalList, setList, LITERAL, normalize('`'), null);
        }
        kinds = kindList.stream().mapToInt(Integer::intValue).toArray();
        literals = literalList.toString().toCharArray();
        sets = setList.toArray(char[][]::new);
    }

    private static void add(List<Integer> kinds, StringBuilder literals, List<char[]> sets, int kind, char literal,
                            char[] set) {
        kinds.add(kind);
        literals.append(literal);
        sets.add(set);
    }

    /** Reads {@code [...]} starting at i; returns the index of its ']'. Ranges are stored as pairs. */
    private int bracket(int start, List<Integer> kindList, StringBuilder literalList, List<char[]> setList) {
        StringBuilder contents = new StringBuilder();
        StringBuilder operators = new StringBuilder();
        boolean escaped = false;
        boolean first = true;
        for (int i = start + 1; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == ']' && !first && !escaped) {
                StringBuilder pairs = new StringBuilder();
                int k = 0;
                while (k < contents.length()) {
                    if (k + 2 < contents.length() && operators.charAt(k + 1) == '-') {
                        char low = contents.charAt(k);
                        char high = contents.charAt(k + 2);
                        if (low > high) {
                            throw invalid(pattern);
                        }
                        pairs.append(low).append(high);
                        k += 3;
                    } else {
                        pairs.append(contents.charAt(k)).append(contents.charAt(k));
                        k++;
                    }
                }
                add(kindList, literalList, setList, SET, '\0', pairs.toString().toCharArray());
                return i;
            }
            if (c != '`' || escaped) {
                contents.append(c);
                operators.append(c == '-' && !escaped ? '-' : ' ');
            }
            escaped = c == '`' && !escaped;
            first = false;
        }
        throw invalid(pattern);
    }

    static PSRuntimeException invalid(String pattern) {
        return new PSRuntimeException("WildcardPattern_Invalid", ErrorCategory.InvalidArgument,
                "The specified wildcard character pattern is not valid: " + pattern);
    }

    private char normalize(char c) {
        return ignoreCase ? Character.toUpperCase(Character.toLowerCase(c)) : c;
    }

    /** Whether the whole string matches the pattern. */
    @TruffleBoundary
    public boolean isMatch(String s) {
        int p = 0;
        int i = 0;
        int starP = -1;
        int starI = 0;
        while (i < s.length()) {
            if (p < kinds.length && kinds[p] != ANY_RUN && matchesOne(p, s.charAt(i))) {
                p++;
                i++;
            } else if (p < kinds.length && kinds[p] == ANY_RUN) {
                starP = p++;
                starI = i;
            } else if (starP >= 0) {
                p = starP + 1;
                i = ++starI;
            } else {
                return false;
            }
        }
        while (p < kinds.length && kinds[p] == ANY_RUN) {
            p++;
        }
        return p == kinds.length;
    }

    private boolean matchesOne(int p, char c) {
        char n = normalize(c);
        switch (kinds[p]) {
            case ANY_ONE:
                return true;
            case LITERAL:
                return literals[p] == n;
            default:
                char[] ranges = sets[p];
                for (int k = 0; k < ranges.length; k += 2) {
                    char low = ranges[k];
                    char high = ranges[k + 1];
                    if (c >= low && c <= high) {
                        return true;
                    }
                    if (ignoreCase && (n >= normalize(low) && n <= normalize(high)
                            || Character.toLowerCase(c) >= low && Character.toLowerCase(c) <= high
                            || Character.toUpperCase(c) >= low && Character.toUpperCase(c) <= high)) {
                        return true;
                    }
                }
                return false;
        }
    }

    /** WildcardPattern.ContainsWildcardCharacters: an unescaped * ? [ or ]. */
    public static boolean containsWildcardCharacters(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']') {
                return true;
            }
            if (c == '`') {
                i++;
            }
        }
        return false;
    }

    /** WildcardPattern.Escape: a backtick before each of * ? [ ] and `. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("*?[]`".indexOf(c) >= 0) {
                sb.append('`');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** WildcardPattern.Unescape: removes wildcard escapes, {@code `[} is {@code [}. */
    public static String unescape(String path) {
        if (path.indexOf('`') < 0) {
            return path;
        }
        StringBuilder sb = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '`' && i + 1 < path.length()) {
                c = path.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
