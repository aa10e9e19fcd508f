package org.jposh.stdlib.pester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MatchOperators;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.TypeOperators;
import org.jposh.interpreter.runtime.TypeResolver;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * The tests of Should's operators and their failure messages, worded as Pester 4's. Each returns an
 * {@link Outcome}; Should turns a failed one into the PesterAssertionFailed error.
 */
final class Assertions {
    /** What -Throw filters on besides the message (the expected value). */
    record ThrowFilter(String errorId, Object exceptionType) {
    }

    /** Whether the assertion held, the message when not, and what -PassThru returns (-Throw's error). */
    record Outcome(boolean succeeded, String failureMessage, Object data) {
        static Outcome of(boolean succeeded, String failureMessage) {
            return new Outcome(succeeded, succeeded ? null : failureMessage, null);
        }
    }

    private Assertions() {
    }

    /**
     * @param lineWidth for Pester 5's messages, the host's line width and how deep the running test is
     *     (its excerpts of differing strings fit the line); null for Pester 4's
     */
    static Outcome evaluate(ShouldOperator op, Object actual, Object expected, ThrowFilter filter, String because,
                            boolean negate, Path location, LineWidth lineWidth) {
        String b = ValueFormatter.because(because);
        String a = ValueFormatter.format(actual);
        String e = ValueFormatter.format(expected);
        return switch (op) {
            case BE -> be(actual, expected, false, negate, b, lineWidth);
            case BE_EXACTLY -> be(actual, expected, true, negate, b, lineWidth);
            case BE_NULL_OR_EMPTY -> {
                boolean empty = isNullOrEmpty(actual);
                yield Outcome.of(empty != negate, negate ? "Expected a value," + b + " but got $null or empty."
                        : "Expected $null or empty," + b + " but got " + a + ".");
            }
            case BE_TRUE, BE_FALSE -> {
                boolean wantTrue = (op == ShouldOperator.BE_TRUE) != negate;
                yield Outcome.of(LanguagePrimitives.isTrue(actual) == wantTrue,
                        "Expected " + (wantTrue ? "$true" : "$false") + "," + b + " but got " + a + ".");
            }
            case MATCH, MATCH_EXACTLY -> {
                boolean exact = op == ShouldOperator.MATCH_EXACTLY;
                boolean matched = LanguagePrimitives.isTrue(MatchOperators.match(actual, expected, !exact, false,
                        m -> { }));
                String how = (negate ? "to not " : "to ") + (exact ? "case sensitively match " : "match ");
                yield Outcome.of(matched != negate, "Expected regular expression " + e + " " + how + a + "," + b
                        + (negate ? " but it did match." : " but it did not match."));
            }
            case BE_LIKE, BE_LIKE_EXACTLY -> {
                boolean exact = op == ShouldOperator.BE_LIKE_EXACTLY;
                boolean matched = LanguagePrimitives.isTrue(MatchOperators.like(actual, expected, !exact, false));
                yield Outcome.of(matched != negate, "Expected " + (exact ? "case sensitive " : "") + "like wildcard "
                        + e + (negate ? " to not match " : " to match ") + a + "," + b
                        + (negate ? " but it did match." : " but it did not match."));
            }
            case CONTAIN -> Outcome.of(ComparisonOperators.contains(actual, expected, true) != negate,
                    "Expected " + e + (negate ? " to not be found" : " to be found") + " in collection " + a + "," + b
                            + (negate ? " but it was found." : " but it was not found."));
            case BE_IN -> Outcome.of(ComparisonOperators.contains(expected, actual, true) != negate,
                    "Expected collection " + e + (negate ? " to not contain " : " to contain ") + a + "," + b
                            + (negate ? " but it was found." : " but it was not found."));
            case HAVE_COUNT -> haveCount(actual, expected, negate, b);
            case BE_OF_TYPE -> beOfType(actual, expected, negate, b);
            case BE_GREATER_THAN -> order(actual, expected, negate ? "<=" : ">", b);
            case BE_LESS_THAN -> order(actual, expected, negate ? ">=" : "<", b);
            case BE_GREATER_OR_EQUAL -> order(actual, expected, negate ? "<" : ">=", b);
            case BE_LESS_OR_EQUAL -> order(actual, expected, negate ? ">" : "<=", b);
            case EXIST -> {
                boolean exists = exists(location, actual);
                yield Outcome.of(exists != negate, "Expected path " + a + (negate ? " to not exist," : " to exist,") + b
                        + (negate ? " but it did exist." : " but it did not exist."));
            }
            case FILE_CONTENT_MATCH, FILE_CONTENT_MATCH_EXACTLY, FILE_CONTENT_MATCH_MULTILINE,
                 FILE_CONTENT_MATCH_MULTILINE_EXACTLY -> fileContentMatch(op, location, actual, expected, negate, b);
            case THROW -> shouldThrow(actual, expected, filter, negate, b);
        };
    }

    // ---- Be / BeExactly ----

    private static Outcome be(Object actual, Object expected, boolean caseSensitive, boolean negate, String b,
                              LineWidth lineWidth) {
        boolean equal = arraysAreEqual(actual, expected, caseSensitive, 0);
        if (equal != negate) {
            return Outcome.of(true, null);
        }
        if (negate) {
            return Outcome.of(false, "Expected " + ValueFormatter.format(expected)
                    + " to be different from the actual value," + b + " but got the same value.");
        }
        Object shownActual = unwrapSingle(actual);
        Object shownExpected = unwrapSingle(expected);
        if (PSObject.base(shownActual) instanceof String as && PSObject.base(shownExpected) instanceof String es) {
            return Outcome.of(false, lineWidth == null ? compareStrings(es, as, caseSensitive, b)
                    : compareStrings5(es, as, caseSensitive, b, lineWidth));
        }
        return Outcome.of(false, "Expected " + (caseSensitive ? "exactly " : "") + ValueFormatter.format(shownExpected)
                + "," + b + " but got " + ValueFormatter.format(shownActual) + ".");
    }

    /**
     * Pester's ArraysAreEqual: both sides as [object[]], null-or-empty alike, element by element (the
     * expected value on the left of -eq), nested arrays recursively.
     */
    private static boolean arraysAreEqual(Object first, Object second, boolean caseSensitive, int depth) {
        if (depth > 100) {
            throw new IllegalStateException("Reached the recursion depth limit of 100 when comparing arrays.");
        }
        List<Object> a = asArray(first);
        List<Object> e = asArray(second);
        boolean aEmpty = a.isEmpty() || (a.size() == 1 && isNull(a.getFirst()));
        boolean eEmpty = e.isEmpty() || (e.size() == 1 && isNull(e.getFirst()));
        if (aEmpty || eEmpty) {
            return aEmpty && eEmpty;
        }
        if (a.size() != e.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = e.get(i);
            if (isArray(x) || isArray(y)) {
                if (!arraysAreEqual(x, y, caseSensitive, depth + 1)) {
                    return false;
                }
            } else if (!ComparisonOperators.equal(y, x, !caseSensitive)) {
                return false;
            }
        }
        return true;
    }

    /** A value as PowerShell converts it to [object[]]: $null none, a collection its elements, anything else itself. */
    static List<Object> asArray(Object value) {
        Object base = PSObject.base(LanguagePrimitives.automationNullToNull(value));
        List<Object> items = new ArrayList<>();
        if (base == null) {
            return items;
        }
        Iterable<?> elements = base instanceof String || base instanceof Map<?, ?> ? null
                : LanguagePrimitives.getEnumerable(base);
        if (elements == null) {
            items.add(value);
        } else {
            for (Object element : elements) {
                items.add(element);
            }
        }
        return items;
    }

    private static boolean isArray(Object value) {
        Object base = PSObject.base(value);
        return base != null && base.getClass().isArray();
    }

    private static boolean isNull(Object value) {
        return PSObject.base(LanguagePrimitives.automationNullToNull(value)) == null;
    }

    /** {@code $($value)}: an array of one is its element, an empty one nothing. */
    private static Object unwrapSingle(Object value) {
        Object base = PSObject.base(value);
        if (base != null && base.getClass().isArray()) {
            List<Object> items = asArray(base);
            return items.isEmpty() ? null : items.size() == 1 ? items.getFirst() : value;
        }
        return value;
    }

    /** Get-CompareStringMessage: where two strings differ, with an excerpt of each around the difference. */
    private static String compareStrings(String expected, String actual, boolean caseSensitive, String b) {
        int max = Math.max(expected.length(), actual.length());
        int index = -1;
        for (int i = 0; i < max && index < 0; i++) {
            String x = i < expected.length() ? String.valueOf(expected.charAt(i)) : null;
            String y = i < actual.length() ? String.valueOf(actual.charAt(i)) : null;
            if (x == null || y == null || !ComparisonOperators.stringEquals(x, y, !caseSensitive)) {
                index = i;
            }
        }
        StringBuilder message = new StringBuilder("Expected strings to be the same," + b + " but they were different.");
        if (expected.length() != actual.length()) {
            message.append("\nExpected length: ").append(expected.length())
                    .append("\nActual length:   ").append(actual.length());
        } else {
            message.append("\nString lengths are both ").append(expected.length()).append('.');
        }
        message.append("\nStrings differ at index ").append(index).append('.');
        message.append("\nExpected: '").append(escape(excerpt(expected, index))).append('\'');
        message.append("\nBut was:  '").append(escape(excerpt(actual, index))).append('\'');
        return message.toString();
    }

    /** The host's line width and the number of names in the running test's path, which Pester 5's messages fit. */
    record LineWidth(int width, int testDepth) {
    }

    /**
     * Pester 5's Get-CompareStringMessage: as Pester 4's, the special characters shown escaped, the
     * excerpts fitting the line, and a {@code --^} line pointing at the difference.
     */
    private static String compareStrings5(String expected, String actual, boolean caseSensitive, String b,
                                          LineWidth lineWidth) {
        String first = compareStrings(expected, actual, caseSensitive, b);
        String header = first.substring(0, first.indexOf("\nExpected: '"));
        String expectedShown = escape(expected);
        String actualShown = escape(actual);
        int index = differenceIndex(expectedShown, actualShown, caseSensitive);
        final int surround = "Expected: ''".length();
        int available = lineWidth.width() - surround - (lineWidth.testDepth() + 3);
        int context = (int) Math.rint(lineWidth.width() / 7.0);
        Excerpt expectedExcerpt = excerpt5(expectedShown, index, available, context);
        Excerpt actualExcerpt = excerpt5(actualShown, index, available, context);
        return header + "\nExpected: '" + expectedExcerpt.line() + "'\nBut was:  '" + actualExcerpt.line() + "'\n"
                + " ".repeat(surround - 1) + "-".repeat(actualExcerpt.differenceIndex()) + "^";
    }

    private static int differenceIndex(String expected, String actual, boolean caseSensitive) {
        int max = Math.max(expected.length(), actual.length());
        for (int i = 0; i < max; i++) {
            String x = i < expected.length() ? String.valueOf(expected.charAt(i)) : null;
            String y = i < actual.length() ? String.valueOf(actual.charAt(i)) : null;
            if (x == null || y == null || !ComparisonOperators.stringEquals(x, y, !caseSensitive)) {
                return i;
            }
        }
        return -1;
    }

    /** Pester 5's Format-AsExcerpt: the line cut to fit, with "..." where cut, and the difference's index in it. */
    private record Excerpt(String line, int differenceIndex) {
    }

    private static Excerpt excerpt5(String text, int index, int lineLength, int context) {
        final String marker = "...";
        int minimum = context + marker.length() + 1 + marker.length() + context;
        if (lineLength < minimum || text.length() <= lineLength) {
            return new Excerpt(text, index);
        }
        int shift = Math.max(0, index - (lineLength - 1 - context - marker.length()));
        String shifted = text.substring(shift);
        if (shifted.length() < text.length()) {
            shifted = marker + shifted.substring(marker.length());
        }
        if (shifted.length() > lineLength) {
            shifted = shifted.substring(0, lineLength - marker.length()) + marker;
        }
        return new Excerpt(shifted, index - shift);
    }

    /** Format-AsExcerpt: strings of 40 characters or more are cut to ten around the difference, marked with "...". */
    private static String excerpt(String text, int index) {
        final int size = 5;
        if (text.length() < 40) {
            return text;
        }
        int start = index - size;
        int length = Math.min(text.length() - start, size * 2);
        boolean cutEnd = start + length < text.length();
        start = Math.max(start, 0);
        length = Math.min(length, text.length() - start);
        return (start != 0 ? "..." : "") + text.substring(start, start + length) + (cutEnd ? "..." : "");
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\0", "\\0")
                .replace("\b", "\\b");
    }

    // ---- the others ----

    private static boolean isNullOrEmpty(Object actual) {
        List<Object> items = asArray(actual);
        if (items.isEmpty()) {
            return true;
        }
        if (items.size() > 1) {
            return false;
        }
        Object only = PSObject.base(LanguagePrimitives.automationNullToNull(items.getFirst()));
        if (only instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        return only == null || LanguagePrimitives.toStringValue(only).isEmpty();
    }

    private static Outcome haveCount(Object actual, Object expected, boolean negate, String b) {
        int count = asArray(actual).size();
        int wanted = LanguagePrimitives.toInt(expected);
        if ((count == wanted) != negate) {
            return Outcome.of(true, null);
        }
        String e = ValueFormatter.format(wanted);
        if (negate) {
            String expect = wanted == 0 ? "Expected a non-empty collection"
                    : "Expected a collection with size different from " + e;
            String but = count != 0 ? "but got collection with that size " + ValueFormatter.format(actual) + "."
                    : "but got an empty collection.";
            return Outcome.of(false, expect + "," + b + " " + but);
        }
        String expect = wanted == 0 ? "Expected an empty collection" : "Expected a collection with size " + e;
        String but = count != 0 ? "but got collection with size " + count + " " + ValueFormatter.format(actual) + "."
                : "but got an empty collection.";
        return Outcome.of(false, expect + "," + b + " " + but);
    }

    private static Outcome beOfType(Object actual, Object expected, boolean negate, String b) {
        Object type = PSObject.base(expected);
        if (type instanceof String name) {
            type = TypeResolver.resolve(name.startsWith("[") && name.endsWith("]")
                    ? name.substring(1, name.length() - 1) : name);
        }
        boolean is = !isNull(actual) && TypeOperators.is(actual, type);
        String actualType = isNull(actual) ? "$null" : "[" + DotNetType.of(PSObject.base(actual)) + "]";
        return Outcome.of(is != negate, "Expected the value to " + (negate ? "not " : "") + "have type "
                + ValueFormatter.format(type) + " or any of its subtypes," + b + " but got "
                + ValueFormatter.format(actual) + " with type " + actualType + ".");
    }

    private static Outcome order(Object actual, Object expected, String relation, String b) {
        int c = ComparisonOperators.compareValues(actual, expected, true);
        boolean held = switch (relation) {
            case ">" -> c > 0;
            case "<" -> c < 0;
            case ">=" -> c >= 0;
            default -> c <= 0;
        };
        String words = switch (relation) {
            case ">" -> "greater than";
            case "<" -> "less than";
            case ">=" -> "greater than or equal to";
            default -> "less than or equal to";
        };
        return Outcome.of(held, "Expected the actual value to be " + words + " " + ValueFormatter.format(expected)
                + "," + b + " but got " + ValueFormatter.format(actual) + ".");
    }

    private static boolean exists(Path location, Object path) {
        String text = LanguagePrimitives.toStringValue(path);
        if (text.isEmpty()) {
            return false;
        }
        try {
            return Files.exists(location.resolve(text));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * FileContentMatch(Exactly): a line of the file matches the regular expression; the Multiline ones match it
     * against the whole text, so {@code ^} and {@code $} are its start and end. The messages are Pester's, which
     * quotes the path in the first and formats it as a value in the others.
     */
    private static Outcome fileContentMatch(ShouldOperator op, Path location, Object actual, Object expected,
                                            boolean negate, String b) {
        boolean exact = op == ShouldOperator.FILE_CONTENT_MATCH_EXACTLY
                || op == ShouldOperator.FILE_CONTENT_MATCH_MULTILINE_EXACTLY;
        boolean multiline = op == ShouldOperator.FILE_CONTENT_MATCH_MULTILINE
                || op == ShouldOperator.FILE_CONTENT_MATCH_MULTILINE_EXACTLY;
        String text = fileText(location, actual);
        boolean found = false;
        for (String line : multiline ? new String[] {text} : text.split("\\r?\\n", -1)) {
            found |= LanguagePrimitives.isTrue(MatchOperators.match(line, expected, !exact, false, m -> { }));
        }
        String file = op == ShouldOperator.FILE_CONTENT_MATCH ? "'" + LanguagePrimitives.toStringValue(actual) + "'"
                : ValueFormatter.format(actual);
        return Outcome.of(found != negate, "Expected " + ValueFormatter.format(expected) + (negate ? " to not be " : " to be ")
                + (exact ? "case sensitively " : "") + "found in file " + file + "," + b
                + (negate ? " but it was found." : " but it was not found."));
    }

    /** The file's text, read as UTF-8; empty when it cannot be read (Get-Content's error is Pester's failure). */
    private static String fileText(Path location, Object path) {
        try {
            return Files.readString(location.resolve(LanguagePrimitives.toStringValue(path)));
        } catch (IOException | InvalidPathException e) {
            return "";
        }
    }

    // ---- Throw ----

    private static Outcome shouldThrow(Object actual, Object expectedMessage, ThrowFilter filter, boolean negate,
                                      String b) {
        if (!(PSObject.base(actual) instanceof ScriptBlock block)) {
            return Outcome.of(false, "Scriptblock not found. Input to 'Throw' and 'Not Throw' must be enclosed "
                    + "in curly braces.");
        }
        ErrorRecord error = null;
        try {
            Blocks.invoke(block, Map.of());
        } catch (PoshException e) {
            error = e.errorRecord();
        }
        String lineInfo = error == null || error.extent() == null ? ""
                : error.extent().positionMessage().lines().filter(l -> !l.isBlank())
                        .reduce((x, y) -> x + "\n" + y).orElse("").replaceFirst("^At ", "from ");
        if (negate) {
            return Outcome.of(error == null, "Expected no exception to be thrown," + b + " but an exception \""
                    + (error == null ? "" : error.message()) + "\" was thrown " + lineInfo + ".");
        }
        List<String> filters = new ArrayList<>();
        List<String> buts = new ArrayList<>();
        Object type = PSObject.base(filter.exceptionType());
        if (type != null) {
            filters.add("with type " + ValueFormatter.format(type));
            if (error != null && !TypeOperators.is(error.exception(), type)) {
                buts.add("the exception type was [" + error.exception().dotNetType() + "]");
            }
        }
        String message = expectedMessage == null ? "" : LanguagePrimitives.toStringValue(expectedMessage);
        if (!message.isBlank()) {
            filters.add("with message " + ValueFormatter.format(message));
            if (error != null && !valuesMatch(error.message(), message)) {
                buts.add("the message was " + ValueFormatter.format(error.message()));
            }
        }
        String errorId = filter.errorId();
        if (errorId != null && !errorId.isBlank()) {
            filters.add("with FullyQualifiedErrorId " + ValueFormatter.format(errorId));
            if (error != null && !valuesMatch(error.fullyQualifiedErrorId(), errorId)) {
                buts.add("the FullyQualifiedErrorId was " + ValueFormatter.format(error.fullyQualifiedErrorId()));
            }
        }
        if (error == null) {
            buts.add("no exception was thrown");
        }
        if (buts.isEmpty()) {
            return new Outcome(true, null, error);
        }
        String filterText = filters.isEmpty() ? "" : " " + joinAnd(filters, 3);
        return Outcome.of(false, ("Expected an exception," + filterText + " to be thrown," + b + " but "
                + joinAnd(buts, 2) + ". " + lineInfo).trim());
    }

    /**
     * Pester 4's Get-DoValuesMatch takes the expected text as a case-insensitive substring of the actual;
     * older 4.x releases took it as a -like wildcard, which tests written for them rely on: either matches.
     */
    private static boolean valuesMatch(String actual, String expected) {
        if (actual.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return new WildcardPattern(expected, WildcardPattern.IGNORE_CASE).isMatch(actual);
    }

    private static String joinAnd(List<String> items, int threshold) {
        if (items.size() < threshold) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
