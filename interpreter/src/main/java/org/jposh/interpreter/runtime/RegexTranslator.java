package org.jposh.interpreter.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rewrites a .NET regular expression as a java.util.regex one with the same meaning. Where the two
 * dialects differ:
 * <ul>
 * <li>Group numbers: .NET numbers unnamed groups first and named groups after them (a name made of
 *     digits is that number); every capturing group is emitted as a Java named group {@code g<n>} and
 *     a table maps .NET numbers and names to them. Back references ({@code \1}, {@code \k<name>}) follow.</li>
 * <li>{@code (?n)} / ExplicitCapture (Java has none): unnamed groups become non-capturing, scoped as
 *     .NET scopes inline options; other inline options pass through.</li>
 * <li>{@code (?'name'...)} is {@code (?<name>...)}; {@code (?#comment)} is dropped.</li>
 * <li>Character classes: subtraction {@code [a-z-[aeiou]]} becomes {@code [a-z&&[^aeiou]]}; {@code [},
 *     {@code &&} and a leading {@code ]} are literal in .NET, so they are escaped; {@code \b} is backspace.</li>
 * <li>{@code \0}, {@code \012}: octal escapes become {@code \x{...}}; {@code \p{IsGreek}} (a block) is
 *     {@code \p{InGreek}}; a {@code {} that starts no quantifier is a literal brace.</li>
 * <li>{@code .} and {@code $} treat only {@code \n} as a line end (UNIX_LINES); {@code \w \d \s \b} are
 *     Unicode-aware and IgnoreCase folds Unicode case, as in .NET.</li>
 * </ul>
 * Not supported (reported as invalid patterns): balancing groups {@code (?<a-b>)}, conditionals
 * {@code (?(...)yes|no)}, and look-behinds of unbounded length (Java requires a maximum length).
 * RightToLeft is emulated by the callers (Split takes the last matches), not by the matcher.
 */
final class RegexTranslator {
    private final String pattern;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> explicitCaptureStack = new ArrayDeque<>();
    private final List<String> groupNames = new ArrayList<>();
    private final Map<String, Integer> netNumbers = new LinkedHashMap<>();
    private final TreeMap<Integer, List<Integer>> javaGroups = new TreeMap<>();
    private boolean explicitCapture;
    private int pos;
    private int javaGroupCount;
    private int unnamedSeen;

    /** The result: the Java pattern text and where each .NET group is in it. */
    record Translation(String javaPattern, List<String> groupNames, TreeMap<Integer, List<Integer>> javaGroups) {
    }

    private RegexTranslator(String pattern, boolean explicitCapture) {
        this.pattern = pattern;
        this.explicitCapture = explicitCapture;
    }

    /**
     * Translates a .NET pattern.
     *
     * @throws DotNetException RegexParseException for what the translator recognises as invalid or unsupported
     */
    static Translation translate(String pattern, boolean explicitCapture) {
        RegexTranslator t = new RegexTranslator(pattern, explicitCapture);
        t.numberGroups();
        t.pos = 0;
        t.explicitCapture = explicitCapture;
        t.explicitCaptureStack.clear();
        t.translateAll();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Integer> e : t.netNumbers.entrySet()) {
            names.add(e.getKey());
        }
        return new Translation(t.out.toString(), names, t.javaGroups);
    }

    // ---- first pass: .NET's group numbering ----

    private void numberGroups() {
        List<String> named = new ArrayList<>();
        int unnamed = 0;
        boolean inClass = false;
        Deque<Boolean> stack = new ArrayDeque<>();
        boolean explicit = explicitCapture;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == ')') {
                if (!stack.isEmpty()) {
                    explicit = stack.pop();
                }
            } else if (c == '(') {
                stack.push(explicit);
                String name = groupNameAt(i);
                if (name != null) {
                    if (!named.contains(name)) {
                        named.add(name);
                    }
                } else if (pattern.startsWith("(?", i)) {
                    Boolean option = inlineExplicitCapture(i, explicit);
                    if (option != null) {
                        if (pattern.charAt(endOfOptions(i)) == ')') {
                            stack.pop();
                            explicit = option;
                            i = endOfOptions(i);
                        } else {
                            explicit = option;
                        }
                    }
                } else if (!explicit) {
                    unnamed++;
                }
            }
        }
        netNumbers.put("0", 0);
        for (int n = 1; n <= unnamed; n++) {
            netNumbers.put(Integer.toString(n), n);
        }
        int next = unnamed + 1;
        for (String name : named) {
            if (isNumber(name)) {
                netNumbers.putIfAbsent(Integer.toString(Integer.parseInt(name)), Integer.parseInt(name));
            }
        }
        for (String name : named) {
            if (!isNumber(name)) {
                while (netNumbers.containsValue(next)) {
                    next++;
                }
                netNumbers.put(name, next++);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(netNumbers.entrySet());
        sorted.sort(Map.Entry.comparingByValue());
        netNumbers.clear();
        for (Map.Entry<String, Integer> e : sorted) {
            netNumbers.put(e.getKey(), e.getValue());
        }
        javaGroups.put(0, new ArrayList<>(List.of(0)));
    }

    private static boolean isNumber(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The name of a {@code (?<name>} or {@code (?'name'} group starting at {@code i}, or null. */
    private String groupNameAt(int i) {
        if (!pattern.startsWith("(?", i) || i + 2 >= pattern.length()) {
            return null;
        }
        char open = pattern.charAt(i + 2);
        if (open != '<' && open != '\'') {
            return null;
        }
        if (open == '<' && i + 3 < pattern.length() && (pattern.charAt(i + 3) == '=' || pattern.charAt(i + 3) == '!')) {
            return null;
        }
        char close = open == '<' ? '>' : '\'';
        int end = pattern.indexOf(close, i + 3);
        if (end < 0) {
            throw invalid("Invalid group name: Group names must begin with a word character.");
        }
        String name = pattern.substring(i + 3, end);
        if (name.contains("-")) {
            throw invalid("Balancing groups (?<" + name + ">) are not supported.");
        }
        if (name.isEmpty() || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
            throw invalid("Invalid group name: Group names must begin with a word character.");
        }
        return name;
    }

    /** The explicit-capture state an inline option group {@code (?imnsx-imnsx)} or {@code (?n:} sets, or null. */
    private Boolean inlineExplicitCapture(int i, boolean current) {
        int end = endOfOptions(i);
        if (end < 0) {
            return null;
        }
        boolean on = true;
        boolean result = current;
        for (int k = i + 2; k < end; k++) {
            char c = pattern.charAt(k);
            if (c == '-') {
                on = false;
            } else if (c == 'n') {
                result = on;
            }
        }
        return result;
    }

    /** For {@code (?imnsx-imnsx:} or {@code (?imnsx-imnsx)} at i: the index of the ':' or ')'; -1 otherwise. */
    private int endOfOptions(int i) {
        int k = i + 2;
        while (k < pattern.length() && "imnsxIMNSX-".indexOf(pattern.charAt(k)) >= 0) {
            k++;
        }
        if (k == i + 2 || k >= pattern.length()) {
            return -1;
        }
        char c = pattern.charAt(k);
        return c == ':' || c == ')' ? k : -1;
    }

    // ---- second pass: the Java pattern ----

    private void translateAll() {
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            switch (c) {
                case '\\' -> escape(false);
                case '[' -> characterClass();
                case '(' -> openGroup();
                case ')' -> {
                    if (!explicitCaptureStack.isEmpty()) {
                        explicitCapture = explicitCaptureStack.pop();
                    }
                    out.append(')');
                    pos++;
                }
                case '{' -> {
                    if (!startsQuantifier(pos)) {
                        out.append("\\{");
                    } else {
                        out.append('{');
                    }
                    pos++;
                }
                default -> {
                    out.append(c);
                    pos++;
                }
            }
        }
    }

    private boolean startsQuantifier(int i) {
        int k = i + 1;
        int digits = 0;
        while (k < pattern.length() && Character.isDigit(pattern.charAt(k))) {
            k++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (k < pattern.length() && pattern.charAt(k) == ',') {
            k++;
            while (k < pattern.length() && Character.isDigit(pattern.charAt(k))) {
                k++;
            }
        }
        return k < pattern.length() && pattern.charAt(k) == '}';
    }

    private void openGroup() {
        explicitCaptureStack.push(explicitCapture);
        if (!pattern.startsWith("(?", pos)) {
            pos++;
            if (explicitCapture) {
                out.append("(?:");
            } else {
                capture(Integer.toString(++unnamedSeen));
            }
            return;
        }
        String name = groupNameAt(pos);
        if (name != null) {
            pos = pattern.indexOf(pattern.charAt(pos + 2) == '<' ? '>' : '\'', pos + 3) + 1;
            capture(isNumber(name) ? Integer.toString(Integer.parseInt(name)) : name);
            return;
        }
        if (pattern.startsWith("(?#", pos)) {
            int end = pattern.indexOf(')', pos);
            if (end < 0) {
                throw invalid("Unterminated (?#...) comment.");
            }
            explicitCaptureStack.pop();
            pos = end + 1;
            return;
        }
        if (pattern.startsWith("(?(", pos)) {
            throw invalid("Conditional expressions (?(...)) are not supported.");
        }
        int end = endOfOptions(pos);
        if (end >= 0) {
            Boolean option = inlineExplicitCapture(pos, explicitCapture);
            String javaOptions = pattern.substring(pos + 2, end).replace("n", "").replace("N", "");
            boolean scoped = pattern.charAt(end) == ':';
            if (!scoped) {
                explicitCaptureStack.pop();
            }
            explicitCapture = option;
            if (javaOptions.isEmpty() || javaOptions.equals("-")) {
                out.append(scoped ? "(?:" : "");
            } else {
                out.append("(?").append(javaOptions).append(scoped ? ':' : ')');
            }
            pos = end + 1;
            return;
        }
        out.append("(?");
        pos += 2;
    }

    /** Emits a capturing group for .NET group {@code netName}, recording its Java group number. */
    private void capture(String netName) {
        int javaNumber = ++javaGroupCount;
        int netNumber = netNumbers.get(netName);
        javaGroups.computeIfAbsent(netNumber, k -> new ArrayList<>()).add(javaNumber);
        out.append("(?<g").append(javaNumber).append('>');
    }

    private void escape(boolean inClass) {
        if (pos + 1 >= pattern.length()) {
            throw invalid("Illegal \\\\ at end of pattern.");
        }
        char c = pattern.charAt(pos + 1);
        if (c == 'k' && pos + 2 < pattern.length() && (pattern.charAt(pos + 2) == '<' || pattern.charAt(pos + 2) == '\'')
                && !inClass) {
            char close = pattern.charAt(pos + 2) == '<' ? '>' : '\'';
            int end = pattern.indexOf(close, pos + 3);
            if (end < 0) {
                throw invalid("Malformed \\k<...> named back reference.");
            }
            String name = pattern.substring(pos + 3, end);
            backReference(isNumber(name) ? Integer.toString(Integer.parseInt(name)) : name);
            pos = end + 1;
        } else if (c >= '1' && c <= '9' && !inClass) {
            int end = pos + 1;
            while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
                end++;
            }
            String digits = pattern.substring(pos + 1, end);
            while (digits.length() > 1 && !netNumbers.containsKey(digits)) {
                digits = digits.substring(0, digits.length() - 1);
            }
            if (!netNumbers.containsKey(digits)) {
                throw invalid("Reference to undefined group number " + digits + ".");
            }
            backReference(digits);
            pos += 1 + digits.length();
        } else if (c == '0') {
            int end = pos + 2;
            while (end < pattern.length() && end < pos + 4 && pattern.charAt(end) >= '0' && pattern.charAt(end) <= '7') {
                end++;
            }
            int code = end == pos + 2 ? 0 : Integer.parseInt(pattern.substring(pos + 2, end), 8);
            out.append("\\x{").append(Integer.toHexString(code)).append('}');
            pos = end;
        } else if (c == 'b' && inClass) {
            out.append("\\x{8}");
            pos += 2;
        } else if ((c == 'p' || c == 'P') && pattern.startsWith("{Is", pos + 2)) {
            int end = pattern.indexOf('}', pos);
            String block = pattern.substring(pos + 5, end);
            out.append('\\').append(c).append("{In").append(block).append('}');
            pos = end + 1;
        } else {
            out.append('\\').append(c);
            pos += 2;
        }
    }

    private void backReference(String netName) {
        Integer netNumber = netNumbers.get(netName);
        if (netNumber == null) {
            throw invalid("Reference to undefined group name '" + netName + "'.");
        }
        List<Integer> groups = javaGroups.get(netNumber);
        if (groups == null || groups.isEmpty()) {
            int next = javaGroupCount + 1;
            out.append("\\k<g").append(next).append('>');
            return;
        }
        out.append("\\k<g").append(groups.getLast()).append('>');
    }

    private void characterClass() {
        out.append('[');
        pos++;
        if (pos < pattern.length() && pattern.charAt(pos) == '^') {
            out.append('^');
            pos++;
        }
        if (pos < pattern.length() && pattern.charAt(pos) == ']') {
            out.append("\\]");
            pos++;
        }
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            if (c == ']') {
                out.append(']');
                pos++;
                return;
            } else if (c == '\\') {
                escape(true);
            } else if (c == '-' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '[') {
                pos++;
                out.append("&&[^");
                characterClassBody();
                out.append(']');
            } else if (c == '[' || c == '&') {
                out.append('\\').append(c);
                pos++;
            } else {
                out.append(c);
                pos++;
            }
        }
        throw invalid("Unterminated [] set.");
    }

    /** The body of a subtracted class {@code [aeiou]} (without its brackets), up to and including its ']'. */
    private void characterClassBody() {
        pos++;
        boolean negated = pos < pattern.length() && pattern.charAt(pos) == '^';
        if (negated) {
            pos++;
            out.setLength(out.length() - 1);
        }
        while (pos < pattern.length() && pattern.charAt(pos) != ']') {
            char c = pattern.charAt(pos);
            if (c == '\\') {
                escape(true);
            } else if (c == '[' || c == '&') {
                out.append('\\').append(c);
                pos++;
            } else {
                out.append(c);
                pos++;
            }
        }
        if (pos >= pattern.length()) {
            throw invalid("Unterminated [] set.");
        }
        pos++;
    }

    private DotNetException invalid(String reason) {
        return parseError(pattern, pos, reason);
    }

    /** .NET's RegexParseException: {@code Invalid pattern '(' at offset 1. Not enough )'s.} */
    static DotNetException parseError(String pattern, int offset, String reason) {
        return new DotNetException("System.Text.RegularExpressions.RegexParseException", "Invalid pattern '" + pattern
                + "' at offset " + offset + ". " + reason);
    }
}
