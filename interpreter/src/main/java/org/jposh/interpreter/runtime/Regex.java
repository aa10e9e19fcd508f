package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * System.Text.RegularExpressions.Regex on java.util.regex: the pattern is translated from .NET's
 * dialect ({@link RegexTranslator}), groups are numbered and named as .NET numbers them, replacement
 * strings use .NET's substitutions ({@code $1 ${name} $$ $& $` $' $+ $_}), and Split includes
 * captured text as .NET does.
 */
public final class Regex {
    public static final long IGNORE_CASE = 1;
    public static final long MULTILINE = 2;
    public static final long EXPLICIT_CAPTURE = 4;
    public static final long SINGLELINE = 16;
    public static final long IGNORE_PATTERN_WHITESPACE = 32;
    public static final long RIGHT_TO_LEFT = 64;
    public static final long ECMA_SCRIPT = 256;

    private static final int MAX_CACHE = 1000;
    private static final Map<Long, Map<String, Regex>> CACHE = new ConcurrentHashMap<>();

    private final String pattern;
    private final long options;
    private final Pattern compiled;
    private final List<String> groupNames;
    private final int[] groupNumbers;
    private final int[][] javaGroups;

    /**
     * new Regex(pattern, options).
     *
     * @throws DotNetException RegexParseException (an ArgumentException) for an invalid pattern
     */
    @TruffleBoundary
    public Regex(String pattern, long options) {
        this.pattern = pattern;
        this.options = options;
        RegexTranslator.Translation t = RegexTranslator.translate(pattern, (options & EXPLICIT_CAPTURE) != 0);
        int flags = Pattern.UNIX_LINES;
        if ((options & ECMA_SCRIPT) == 0) {
            flags |= Pattern.UNICODE_CHARACTER_CLASS;
        }
        if ((options & IGNORE_CASE) != 0) {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if ((options & MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        if ((options & SINGLELINE) != 0) {
            flags |= Pattern.DOTALL;
        }
        if ((options & IGNORE_PATTERN_WHITESPACE) != 0) {
            flags |= Pattern.COMMENTS;
        }
        try {
            this.compiled = Pattern.compile(t.javaPattern(), flags);
        } catch (PatternSyntaxException e) {
            throw RegexTranslator.parseError(pattern, Math.max(0, e.getIndex()), e.getDescription() + ".");
        }
        this.groupNames = t.groupNames();
        this.groupNumbers = new int[groupNames.size()];
        this.javaGroups = new int[groupNames.size()][];
        int i = 0;
        for (Map.Entry<Integer, List<Integer>> e : t.javaGroups().entrySet()) {
            groupNumbers[i] = e.getKey();
            javaGroups[i] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            i++;
        }
    }

    /** The regex for a pattern and options, from a cache shared by the operators (as pwsh's NewRegex). */
    @TruffleBoundary
    public static Regex get(String pattern, long options) {
        Map<String, Regex> byPattern = CACHE.computeIfAbsent(options, k -> new ConcurrentHashMap<>());
        Regex regex = byPattern.get(pattern);
        if (regex == null) {
            if (byPattern.size() > MAX_CACHE) {
                byPattern.clear();
            }
            regex = new Regex(pattern, options);
            byPattern.put(pattern, regex);
        }
        return regex;
    }

    public String pattern() {
        return pattern;
    }

    public long options() {
        return options;
    }

    /** GetGroupNames: in group-number order, numbers as strings ("0", "1") and names. */
    public List<String> groupNames() {
        return groupNames;
    }

    /** The .NET number of the i-th group name. */
    public int groupNumber(int i) {
        return groupNumbers[i];
    }

    public int[] groupNumbers() {
        return groupNumbers.clone();
    }

    @TruffleBoundary
    public boolean isMatch(String input) {
        return compiled.matcher(input).find();
    }

    @TruffleBoundary
    public Match match(String input) {
        return match(input, 0);
    }

    /** Regex.Match(input, startat). */
    @TruffleBoundary
    public Match match(String input, int start) {
        if (start < 0 || start > input.length()) {
            throw DotNetException.argumentOutOfRange("startat",
                    "Start index cannot be less than 0 or greater than input length.");
        }
        Matcher m = compiled.matcher(input);
        return m.find(start) ? toMatch(m, input) : Match.failed(this, input);
    }

    /** Regex.Matches: every successive match. */
    @TruffleBoundary
    public List<Match> matches(String input) {
        List<Match> result = new ArrayList<>();
        Matcher m = compiled.matcher(input);
        while (m.find()) {
            result.add(toMatch(m, input));
        }
        return result;
    }

    private Match toMatch(Matcher m, String input) {
        List<Group> groups = new ArrayList<>(groupNames.size());
        for (int i = 0; i < groupNames.size(); i++) {
            int javaGroup = -1;
            for (int j = javaGroups[i].length - 1; j >= 0 && javaGroup < 0; j--) {
                if (m.start(javaGroups[i][j]) >= 0) {
                    javaGroup = javaGroups[i][j];
                }
            }
            groups.add(javaGroup < 0 ? new Group(groupNames.get(i), "", 0, false)
                    : new Group(groupNames.get(i), m.group(javaGroup), m.start(javaGroup), true));
        }
        int next = m.end() == m.start() ? m.end() + 1 : m.end();
        return new Match(this, input, groups, next);
    }

    /** Regex.Replace(input, replacement, count): .NET substitutions in the replacement; count &lt; 0 is all. */
    @TruffleBoundary
    public String replace(String input, String replacement, int count) {
        List<Object> parts = parseReplacement(replacement);
        return replace(input, match -> substitute(parts, match), count);
    }

    /** Regex.Replace(input, evaluator, count): each match replaced by what the evaluator returns. */
    @TruffleBoundary
    public String replace(String input, Function<Match, String> evaluator, int count) {
        if (count == 0) {
            return input;
        }
        List<Match> found = matches(input);
        if (found.isEmpty()) {
            return input;
        }
        if ((options & RIGHT_TO_LEFT) != 0) {
            found = found.subList(count < 0 ? 0 : Math.max(0, found.size() - count), found.size());
        } else if (count > 0 && count < found.size()) {
            found = found.subList(0, count);
        }
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Match match : found) {
            sb.append(input, last, match.index()).append(evaluator.apply(match));
            last = match.index() + match.length();
        }
        return sb.append(input, last, input.length()).toString();
    }

    /**
     * Regex.Split(input, count): the pieces between matches, with the text of capturing groups between
     * them; count &gt; 0 limits the pieces (the last holds the rest), and RightToLeft counts from the end.
     */
    @TruffleBoundary
    public List<String> split(String input, int count) {
        List<String> result = new ArrayList<>();
        if (count == 1) {
            result.add(input);
            return result;
        }
        List<Match> found = matches(input);
        if (count > 1 && found.size() > count - 1) {
            found = (options & RIGHT_TO_LEFT) != 0 ? found.subList(found.size() - (count - 1), found.size())
                    : found.subList(0, count - 1);
        }
        int last = 0;
        for (Match match : found) {
            result.add(input.substring(last, match.index()));
            for (int i = 1; i < match.groups().size(); i++) {
                Group g = match.groups().get(i);
                if (g.success()) {
                    result.add(g.value());
                }
            }
            last = match.index() + match.length();
        }
        result.add(input.substring(last));
        return result;
    }

    /** The replacement as literal strings and group references (Integer numbers, or the specials as Character). */
    private List<Object> parseReplacement(String replacement) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < replacement.length()) {
            char c = replacement.charAt(i);
            if (c != '$' || i + 1 >= replacement.length()) {
                literal.append(c);
                i++;
                continue;
            }
            char next = replacement.charAt(i + 1);
            Object reference = null;
            int end = i + 2;
            if (next == '$') {
                literal.append('$');
                i += 2;
                continue;
            } else if (next == '&' || next == '`' || next == '\'' || next == '+' || next == '_') {
                reference = next;
            } else if (next >= '0' && next <= '9') {
                end = i + 1;
                while (end < replacement.length() && Character.isDigit(replacement.charAt(end))) {
                    end++;
                }
                reference = groupIndexOfNumber(replacement.substring(i + 1, end));
            } else if (next == '{') {
                int close = replacement.indexOf('}', i + 2);
                if (close > 0) {
                    String name = replacement.substring(i + 2, close);
                    reference = name.chars().allMatch(Character::isDigit) && !name.isEmpty()
                            ? groupIndexOfNumber(name) : groupNames.indexOf(name) >= 0 ? groupNames.indexOf(name) : null;
                    end = close + 1;
                }
            }
            if (reference == null) {
                literal.append(c);
                i++;
                continue;
            }
            if (!literal.isEmpty()) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            parts.add(reference);
            i = end;
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
        return parts;
    }

    private Integer groupIndexOfNumber(String digits) {
        try {
            int number = Integer.parseInt(digits);
            for (int i = 0; i < groupNumbers.length; i++) {
                if (groupNumbers[i] == number) {
                    return i;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String substitute(List<Object> parts, Match match) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String s) {
                sb.append(s);
            } else if (part instanceof Integer groupIndex) {
                sb.append(match.groups().get(groupIndex).value());
            } else {
                String input = match.input();
                switch ((Character) part) {
                    case '&' -> sb.append(match.value());
                    case '`' -> sb.append(input, 0, match.index());
                    case '\'' -> sb.append(input, match.index() + match.length(), input.length());
                    case '_' -> sb.append(input);
                    default -> {
                        Group last = match.groups().getLast();
                        sb.append(match.groups().size() > 1 ? last.value() : match.value());
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Regex.Escape: {@code \ * + ? | { [ ( ) ^ $ . #} and white space escaped as .NET escapes them. */
    @TruffleBoundary
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '+', '?', '|', '{', '[', '(', ')', '^', '$', '.', '#', ' ' -> sb.append('\\').append(c);
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\f' -> sb.append("\\f");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Regex.Unescape: escape sequences turned back into the characters, as .NET's parser reads them in a
     * pattern: the letter escapes (t, n, r, f, v, a, b, e), x and u with hex digits, up to three octal
     * digits, c with a control letter; any other character escaped stands for itself and a trailing
     * backslash is dropped.
     *
     * @throws DotNetException RegexParseException for an escaped letter or digit .NET does not know
     *         (q, 9), missing hex digits or a bad control letter
     */
    @TruffleBoundary
    public static String unescape(String text) {
        int i = text.indexOf('\\');
        if (i < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            i++;
            if (i < text.length()) {
                i = unescapeOne(text, i, sb);
            }
            int run = i;
            while (i < text.length() && text.charAt(i) != '\\') {
                i++;
            }
            sb.append(text, run, i);
        }
        return sb.toString();
    }

    /** Appends the character the escape at {@code pos} (after the backslash) stands for; returns the position after it. */
    private static int unescapeOne(String text, int pos, StringBuilder sb) {
        char c = text.charAt(pos++);
        if (c >= '0' && c <= '7') {
            int value = c - '0';
            for (int n = 1; n < 3 && pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '7'; n++) {
                value = value * 8 + text.charAt(pos++) - '0';
            }
            sb.append((char) (value & 0xFF));
            return pos;
        }
        switch (c) {
            case 'x' -> { return unescapeHex(text, pos, 2, sb); }
            case 'u' -> { return unescapeHex(text, pos, 4, sb); }
            case 'c' -> { return unescapeControl(text, pos, sb); }
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'e' -> sb.append('\u001B');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000B');
            default -> {
                if (isBoundaryWordChar(c)) {
                    throw RegexTranslator.parseError(text, pos, "Unrecognized escape sequence \\" + c + ".");
                }
                sb.append(c);
            }
        }
        return pos;
    }

    private static int unescapeHex(String text, int pos, int digits, StringBuilder sb) {
        int value = 0;
        int left = digits;
        if (pos + digits <= text.length()) {
            for (; left > 0; left--) {
                int d = Character.digit(text.charAt(pos++), 16);
                if (d < 0) {
                    break;
                }
                value = value * 16 + d;
            }
        }
        if (left > 0) {
            throw RegexTranslator.parseError(text, pos, "Insufficient or invalid hexadecimal digits.");
        }
        sb.append((char) value);
        return pos;
    }

    private static int unescapeControl(String text, int pos, StringBuilder sb) {
        if (pos == text.length()) {
            throw RegexTranslator.parseError(text, pos, "Missing control character.");
        }
        char c = text.charAt(pos++);
        if (c >= 'a' && c <= 'z') {
            c -= 'a' - 'A';
        }
        if (c >= '@' && c - '@' < ' ') {
            sb.append((char) (c - '@'));
            return pos;
        }
        throw RegexTranslator.parseError(text, pos, "Unrecognized control character.");
    }

    /** .NET's RegexCharClass.IsBoundaryWordChar: a \\w character or a zero-width (non-)joiner. */
    private static boolean isBoundaryWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.CONNECTOR_PUNCTUATION || c == '\u200D' || c == '\u200C';
    }

    /** Regex.ToString() is the pattern. */
    @Override
    public String toString() {
        return pattern;
    }
}
