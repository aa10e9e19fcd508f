package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@code -replace}: regular-expression replacement, case-insensitive unless {@code -creplace}. The
 * right operand is the pattern, or a pattern and a replacement (default: delete the matches). The
 * replacement is a string with .NET substitutions ({@code $1 ${name} $$ $0}) or a script block that
 * gets each Match as {@code $_}. A collection is replaced element by element into an array.
 */
public final class ReplaceOperator {
    private ReplaceOperator() {
    }

    /**
     * {@code left -replace right}.
     *
     * @param operatorText the operator as written ({@code -replace}, {@code -creplace}), for the error message
     * @throws PSRuntimeException BadReplaceArgument for more than two right operands,
     *                            InvalidRegularExpression for a bad pattern
     */
    @TruffleBoundary
    public static Object replace(Object left, Object right, boolean ignoreCase, String operatorText) {
        Object pattern = "";
        Object substitute = "";
        Object rval = PSObject.base(right);
        if (rval instanceof Object[] || rval instanceof List<?>) {
            List<?> list = rval instanceof Object[] array ? Arrays.asList(array) : (List<?>) rval;
            if (list.size() > 2) {
                throw new PSRuntimeException("BadReplaceArgument", ErrorCategory.InvalidOperation, "The "
                        + operatorText + " operator allows only two elements to follow it, not " + list.size() + ".");
            }
            if (!list.isEmpty()) {
                pattern = list.get(0);
                if (list.size() > 1) {
                    substitute = PSObject.base(list.get(1));
                }
            }
        } else {
            pattern = right;
        }
        Regex regex;
        if (PSObject.base(pattern) instanceof Regex r) {
            regex = r;
        } else {
            String text = LanguagePrimitives.toStringValue(pattern);
            try {
                regex = Regex.get(text, ignoreCase ? Regex.IGNORE_CASE : 0);
            } catch (DotNetException e) {
                throw new PSRuntimeException("InvalidRegularExpression", ErrorCategory.InvalidOperation,
                        "The regular expression pattern " + text + " is not valid.");
            }
        }
        Function<String, String> replacer = replacer(regex, substitute);
        Iterable<?> elements = LanguagePrimitives.getEnumerable(left);
        if (elements == null) {
            return replacer.apply(LanguagePrimitives.toStringValue(left));
        }
        List<Object> result = new ArrayList<>();
        for (Object element : elements) {
            result.add(replacer.apply(LanguagePrimitives.toStringValue(element)));
        }
        return result.toArray();
    }

    private static Function<String, String> replacer(Regex regex, Object substitute) {
        if (substitute instanceof ScriptCallable script) {
            // $_ is the match, as for a script block; so is $args[0], as for one converted to a MatchEvaluator.
            return input -> regex.replace(input, match -> LanguagePrimitives.toStringValue(
                    script.invoke(null, match, new Object[] {match})), -1);
        }
        if (substitute instanceof PSMethodInfo method) {
            return input -> regex.replace(input, match -> LanguagePrimitives.toStringValue(
                    method.invoke(null, new Object[] {match})), -1);
        }
        String replacement = substitute instanceof String s ? s : LanguagePrimitives.toStringValue(substitute);
        return input -> regex.replace(input, replacement, -1);
    }
}
