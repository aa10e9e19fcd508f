package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code -split}. Binary: {@code str -split delimiter[, maxCount[, options]]} where the delimiter is a
 * regular expression (captured groups appear in the output), a script block deciding per character,
 * or plain text with the SimpleMatch option; maxCount &gt; 0 limits the pieces and &lt; 0 counts from
 * the end. Case-insensitive unless {@code -csplit}. Unary {@code -split str} splits on runs of white
 * space, ignoring it at the ends. Every element of a collection is split; the result is a string[].
 */
public final class SplitOperator {
    private static final long SIMPLE_MATCH = 1;
    private static final long REGEX_MATCH = 2;
    private static final long IGNORE_PATTERN_WHITESPACE = 8;
    private static final long MULTILINE = 16;
    private static final long SINGLELINE = 32;
    private static final long IGNORE_CASE = 64;
    private static final long EXPLICIT_CAPTURE = 128;

    private SplitOperator() {
    }

    /** Unary {@code -split $value}. */
    @TruffleBoundary
    public static String[] split(Object value) {
        List<String> results = new ArrayList<>();
        Regex whitespace = Regex.get("\\s+", 0);
        for (String item : contents(value)) {
            results.addAll(whitespace.split(item.strip(), 0));
        }
        return results.toArray(String[]::new);
    }

    /**
     * {@code value -split arguments}.
     *
     * @throws PSRuntimeException BadOperatorArgument, InvalidSplitOptionCombination,
     *                            InvalidSplitOptionWithPredicate, or an invalid pattern
     */
    @TruffleBoundary
    public static String[] split(Object value, Object arguments, boolean ignoreCase) {
        Iterable<?> argumentList = LanguagePrimitives.getEnumerable(arguments);
        List<Object> args = new ArrayList<>();
        if (argumentList == null) {
            args.add(arguments);
        } else {
            argumentList.forEach(args::add);
        }
        if (args.isEmpty()) {
            throw new PSRuntimeException("BadOperatorArgument", ErrorCategory.InvalidOperation,
                    "The argument to operator '-split' is not valid: " + LanguagePrimitives.toStringValue(arguments) + ".");
        }
        ScriptCallable predicate = PSObject.base(args.get(0)) instanceof ScriptCallable s ? s : null;
        int limit = args.size() >= 2 ? LanguagePrimitives.toInt(args.get(1)) : 0;
        long options = 0;
        if (args.size() >= 3 && args.get(2) != null && !"".equals(args.get(2))) {
            options = ((EnumValue) LanguagePrimitives.convertTo(args.get(2), CoreTypes.SPLIT_OPTIONS)).value();
            if (predicate != null) {
                throw new PSRuntimeException("InvalidSplitOptionWithPredicate", ErrorCategory.ParserError,
                        "Options are not allowed on the -split operator with a predicate.");
            }
        }
        if (ignoreCase) {
            options |= IGNORE_CASE;
        }
        List<String> content = contents(value);
        if (predicate != null) {
            return splitWithPredicate(content, predicate, limit);
        }
        return splitWithPattern(content, LanguagePrimitives.toStringValue(args.get(0)), limit, options);
    }

    private static List<String> contents(Object value) {
        List<String> content = new ArrayList<>();
        Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            content.add(LanguagePrimitives.toStringValue(value));
        } else {
            for (Object element : elements) {
                content.add(LanguagePrimitives.toStringValue(element));
            }
        }
        return content;
    }

    private static String[] splitWithPattern(List<String> content, String pattern, int limit, long options) {
        if ((options & SIMPLE_MATCH) != 0) {
            if ((options & ~(SIMPLE_MATCH | IGNORE_CASE)) != 0) {
                throw new PSRuntimeException("InvalidSplitOptionCombination", ErrorCategory.ParserError,
                        "The combination of options with the -split operator is not valid.");
            }
            pattern = Regex.escape(pattern);
        }
        long regexOptions = 0;
        if ((options & IGNORE_CASE) != 0) {
            regexOptions |= Regex.IGNORE_CASE;
        }
        if ((options & MULTILINE) != 0) {
            regexOptions |= Regex.MULTILINE;
        }
        if ((options & SINGLELINE) != 0) {
            regexOptions |= Regex.SINGLELINE;
        }
        if ((options & IGNORE_PATTERN_WHITESPACE) != 0) {
            regexOptions |= Regex.IGNORE_PATTERN_WHITESPACE;
        }
        if ((options & EXPLICIT_CAPTURE) != 0) {
            regexOptions |= Regex.EXPLICIT_CAPTURE;
        }
        if (limit < 0) {
            regexOptions |= Regex.RIGHT_TO_LEFT;
            limit = -limit;
        }
        Regex regex = MatchOperators.regex(pattern, regexOptions);
        List<String> results = new ArrayList<>();
        for (String item : content) {
            results.addAll(regex.split(item, limit));
        }
        return results.toArray(String[]::new);
    }

    /** A script block delimiter: called with $_ = each character and $args = (string, index). */
    private static String[] splitWithPredicate(List<String> content, ScriptCallable predicate, int limit) {
        if (limit == 1 || limit == -1) {
            return content.toArray(String[]::new);
        }
        List<String> results = new ArrayList<>();
        for (String item : content) {
            List<String> pieces = new ArrayList<>();
            int max = Math.abs(limit);
            boolean reverse = limit < 0;
            int pieceEnd = reverse ? item.length() : 0;
            int cursor = reverse ? item.length() - 1 : 0;
            for (int count = 0; count < item.length(); count++, cursor += reverse ? -1 : 1) {
                Object isDelimiter = predicate.invoke(null, String.valueOf(item.charAt(cursor)),
                        new Object[] {item, cursor});
                if (!LanguagePrimitives.isTrue(isDelimiter)) {
                    continue;
                }
                pieces.add(reverse ? item.substring(cursor + 1, pieceEnd) : item.substring(pieceEnd, cursor));
                pieceEnd = reverse ? cursor : cursor + 1;
                if (max != 0 && pieces.size() + 1 == max) {
                    break;
                }
            }
            pieces.add(reverse ? item.substring(0, pieceEnd) : item.substring(pieceEnd));
            if (reverse) {
                Collections.reverse(pieces);
            }
            results.addAll(pieces);
        }
        return results.toArray(String[]::new);
    }
}
