package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.ParameterBinderStrings.format;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * A validation attribute of a parameter ([ValidateSet()], [ValidateRange()] and the rest), checked on
 * every value bound to it, with PowerShell's messages. The enumerated ones (Set, Range, Pattern,
 * Length, Script) check each element of a collection.
 */
public sealed interface ParameterValidation {

    /** @throws ValidationMetadataException when the value does not pass */
    void validate(Object argument);

    static ParameterValidation notNull() {
        return new NotNull();
    }

    static ParameterValidation notNullOrEmpty() {
        return new NotNullOrEmpty(false);
    }

    static ParameterValidation notNullOrWhiteSpace() {
        return new NotNullOrEmpty(true);
    }

    static ParameterValidation count(int min, int max) {
        return new Count(min, max);
    }

    static ParameterValidation length(int min, int max) {
        return new Length(min, max);
    }

    /** {@code [ValidateRange(min, max)]}; the bounds are Integer, Long, Double or BigDecimal. */
    static ParameterValidation range(Number min, Number max) {
        return new Range(min, max, ValidateRangeKind.None);
    }

    static ParameterValidation range(ValidateRangeKind kind) {
        return new Range(null, null, kind);
    }

    /** @param errorMessage a format replacing PowerShell's message, or null */
    static ParameterValidation pattern(String regex, boolean ignoreCase, String errorMessage) {
        return new PatternCheck(Pattern.compile(regex, ignoreCase
                ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0), regex, errorMessage);
    }

    /** @param errorMessage a format replacing PowerShell's message, or null */
    static ParameterValidation set(List<String> validValues, boolean ignoreCase, String errorMessage) {
        return new SetCheck(List.copyOf(validValues), ignoreCase, errorMessage);
    }

    /** @param errorMessage a format replacing PowerShell's message, or null */
    static ParameterValidation script(BindableScriptBlock script, String errorMessage) {
        return new Script(script, errorMessage);
    }

    /** The check of the common -*Variable parameters: a variable name, optionally after '+' (append). */
    static ParameterValidation variableName() {
        return new VariableName();
    }

    /** A validation a cmdlet writes itself, named by {@link ValidateArguments}. */
    non-sealed interface Custom extends ParameterValidation {
    }

    /** The validation an annotation stands for, or null when it is not a validation annotation. */
    static ParameterValidation of(Annotation annotation) throws ReflectiveOperationException {
        if (annotation instanceof ValidateNotNull) {
            return notNull();
        } else if (annotation instanceof ValidateNotNullOrEmpty) {
            return notNullOrEmpty();
        } else if (annotation instanceof ValidateNotNullOrWhiteSpace) {
            return notNullOrWhiteSpace();
        } else if (annotation instanceof ValidateCount c) {
            return count(c.min(), c.max());
        } else if (annotation instanceof ValidateLength l) {
            return length(l.min(), l.max());
        } else if (annotation instanceof ValidateRange r) {
            return r.kind() != ValidateRangeKind.None ? range(r.kind()) : range(bound(r.min()), bound(r.max()));
        } else if (annotation instanceof ValidatePattern p) {
            return pattern(p.value(), p.ignoreCase(), p.errorMessage().isEmpty() ? null : p.errorMessage());
        } else if (annotation instanceof ValidateSet s) {
            return set(List.of(s.value()), s.ignoreCase(), s.errorMessage().isEmpty() ? null : s.errorMessage());
        } else if (annotation instanceof ValidateArguments custom) {
            return custom.value().getDeclaredConstructor().newInstance();
        }
        return null;
    }

    /** An annotation bound as the literal PowerShell would have: an int when it fits. */
    private static Number bound(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Number) (int) value : (Number) value;
    }

    /** .NET's collection test of the null validations: arrays, lists and typed collections, not dictionaries. */
    private static boolean isArgumentCollection(Object argument) {
        return argument.getClass().isArray() || argument instanceof java.util.Collection<?>;
    }

    /** Whether a collection's elements are of a value type, so cannot be null. */
    private static boolean hasValueTypeElements(Object argument) {
        return argument.getClass().isArray() && argument.getClass().getComponentType().isPrimitive();
    }

    record NotNull() implements ParameterValidation {
        @Override
        public void validate(Object argument) {
            if (BinderConversions.isNull(argument)) {
                throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_FAILURE);
            }
            if (isArgumentCollection(argument) && !hasValueTypeElements(argument)) {
                for (Object element : BinderConversions.enumerate(argument)) {
                    if (BinderConversions.isNull(element)) {
                        throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_COLLECTION_FAILURE);
                    }
                }
            }
        }
    }

    record NotNullOrEmpty(boolean checkWhiteSpace) implements ParameterValidation {
        @Override
        public void validate(Object argument) {
            if (BinderConversions.isNull(argument)) {
                throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_OR_EMPTY_FAILURE);
            } else if (argument instanceof String s) {
                if (checkWhiteSpace && s.isBlank()) {
                    throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_OR_WHITE_SPACE_FAILURE);
                } else if (s.isEmpty()) {
                    throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_OR_EMPTY_FAILURE);
                }
            } else if (isArgumentCollection(argument)) {
                Iterator<?> elements = BinderConversions.enumerate(argument).iterator();
                if (!elements.hasNext()) {
                    throw new ValidationMetadataException(
                            ParameterBinderStrings.VALIDATE_NOT_NULL_OR_EMPTY_COLLECTION_FAILURE);
                }
                if (!hasValueTypeElements(argument)) {
                    while (elements.hasNext()) {
                        checkElement(elements.next());
                    }
                }
            } else if (argument instanceof Map<?, ?> map && map.isEmpty()) {
                throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_OR_EMPTY_COLLECTION_FAILURE);
            }
        }

        private void checkElement(Object element) {
            if (BinderConversions.isNull(element)) {
                throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_OR_EMPTY_COLLECTION_FAILURE);
            } else if (element instanceof String s) {
                if (checkWhiteSpace && s.isBlank()) {
                    throw new ValidationMetadataException(
                            ParameterBinderStrings.VALIDATE_NOT_NULL_OR_WHITE_SPACE_COLLECTION_FAILURE);
                } else if (s.isEmpty()) {
                    throw new ValidationMetadataException(
                            ParameterBinderStrings.VALIDATE_NOT_NULL_OR_EMPTY_COLLECTION_FAILURE);
                }
            }
        }
    }

    record Count(int min, int max) implements ParameterValidation {
        @Override
        public void validate(Object argument) {
            int count;
            if (BinderConversions.isNull(argument)) {
                count = 0;
            } else if (argument instanceof java.util.Collection<?> c) {
                count = c.size();
            } else if (argument instanceof Map<?, ?> m) {
                count = m.size();
            } else if (argument instanceof String s) {
                count = s.length();
            } else if (BinderConversions.isEnumerable(argument)) {
                count = 0;
                for (Object ignored : BinderConversions.enumerate(argument)) {
                    count++;
                }
            } else {
                throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_COUNT_NOT_IN_ARRAY);
            }
            if (min == max && count != max) {
                throw new ValidationMetadataException(
                        format(ParameterBinderStrings.VALIDATE_COUNT_EXACT_FAILURE, max, count));
            }
            if (count < min || count > max) {
                throw new ValidationMetadataException(
                        format(ParameterBinderStrings.VALIDATE_COUNT_MIN_MAX_FAILURE, min, max, count));
            }
        }
    }

    /** The validations that check each element of a collection, or the value itself when it is not one. */
    sealed interface Enumerated extends ParameterValidation permits Length, Range, PatternCheck, SetCheck, Script {
        void validateElement(Object element);

        @Override
        default void validate(Object argument) {
            if (BinderConversions.isNull(argument)) {
                throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_OR_EMPTY_COLLECTION_FAILURE);
            }
            if (BinderConversions.isEnumerable(argument)) {
                for (Object element : BinderConversions.enumerate(argument)) {
                    validateElement(element);
                }
            } else {
                validateElement(argument);
            }
        }

        /** How .NET's String.Format shows an element. */
        static String text(Object element) {
            return LanguagePrimitives.toStringValue(element);
        }

        static void requireNotNull(Object element) {
            if (element == null) {
                throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_NOT_NULL_FAILURE);
            }
        }
    }

    record Length(int min, int max) implements Enumerated {
        @Override
        public void validateElement(Object element) {
            if (!(element instanceof String s)) {
                throw new ValidationMetadataException(ParameterBinderStrings.VALIDATE_LENGTH_NOT_STRING);
            }
            if (s.length() < min) {
                throw new ValidationMetadataException(
                        format(ParameterBinderStrings.VALIDATE_LENGTH_MIN_LENGTH_FAILURE, min, s.length()));
            }
            if (s.length() > max) {
                throw new ValidationMetadataException(
                        format(ParameterBinderStrings.VALIDATE_LENGTH_MAX_LENGTH_FAILURE, max, s.length()));
            }
        }
    }

    /**
     * Bounds compare in the bounds' own type, the element converted to it first; a kind compares with
     * zero in the smallest numeric type holding the element, as PowerShell's GetCommonType picks it.
     */
    record Range(Number min, Number max, ValidateRangeKind kind) implements Enumerated {
        @Override
        public void validateElement(Object element) {
            Enumerated.requireNotNull(element);
            if (kind != ValidateRangeKind.None) {
                validateKind(element);
                return;
            }
            Object converted = BinderConversions.tryConvert(element, min.getClass());
            if (!(converted instanceof Number number)) {
                throw new ValidationMetadataException(format(ParameterBinderStrings.VALIDATE_RANGE_ELEMENT_TYPE,
                        BinderConversions.shortTypeName(element), BinderConversions.shortTypeName(min)));
            }
            if (compare(min, number) > 0) {
                throw new ValidationMetadataException(format(ParameterBinderStrings.VALIDATE_RANGE_TOO_SMALL,
                        Enumerated.text(number), Enumerated.text(min)));
            }
            if (compare(max, number) < 0) {
                throw new ValidationMetadataException(format(ParameterBinderStrings.VALIDATE_RANGE_TOO_BIG,
                        Enumerated.text(number), Enumerated.text(max)));
            }
        }

        private void validateKind(Object element) {
            Class<?> commonType = element instanceof Integer || element instanceof Short || element instanceof Byte
                    || element instanceof Boolean || element instanceof Character ? Integer.class
                    : element instanceof Long ? Long.class
                    : element instanceof Double || element instanceof Float ? Double.class
                    : element instanceof BigDecimal ? BigDecimal.class : null;
            Object converted = commonType == null ? null : BinderConversions.tryConvert(element, commonType);
            if (!(converted instanceof Number number)) {
                throw new ValidationMetadataException(format(ParameterBinderStrings.VALIDATE_RANGE_ELEMENT_TYPE,
                        BinderConversions.shortTypeName(element), "Int32"));
            }
            int sign = new BigDecimal(number.toString()).signum();
            String failure = switch (kind) {
                case Positive -> sign <= 0 ? ParameterBinderStrings.VALIDATE_RANGE_POSITIVE_FAILURE : null;
                case NonNegative -> sign < 0 ? ParameterBinderStrings.VALIDATE_RANGE_NON_NEGATIVE_FAILURE : null;
                case Negative -> sign >= 0 ? ParameterBinderStrings.VALIDATE_RANGE_NEGATIVE_FAILURE : null;
                case NonPositive -> sign > 0 ? ParameterBinderStrings.VALIDATE_RANGE_NON_POSITIVE_FAILURE : null;
                case None -> null;
            };
            if (failure != null) {
                throw new ValidationMetadataException(format(failure, Enumerated.text(number)));
            }
        }

        private static int compare(Number a, Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
    }

    record PatternCheck(Pattern compiled, String regex, String errorMessage) implements Enumerated {
        @Override
        public void validateElement(Object element) {
            Enumerated.requireNotNull(element);
            String text = Enumerated.text(element);
            if (!compiled.matcher(text).find()) {
                throw new ValidationMetadataException(format(errorMessage != null ? errorMessage
                        : ParameterBinderStrings.VALIDATE_PATTERN_FAILURE, text, regex));
            }
        }
    }

    record SetCheck(List<String> validValues, boolean ignoreCase, String errorMessage) implements Enumerated {
        @Override
        public void validateElement(Object element) {
            Enumerated.requireNotNull(element);
            String text = Enumerated.text(element);
            for (String valid : validValues) {
                if (ignoreCase ? valid.equalsIgnoreCase(text) : valid.equals(text)) {
                    return;
                }
            }
            throw new ValidationMetadataException(format(errorMessage != null ? errorMessage
                    : ParameterBinderStrings.VALIDATE_SET_FAILURE, text, String.join(",", validValues)));
        }
    }

    record Script(BindableScriptBlock script, String errorMessage) implements Enumerated {
        @Override
        public void validateElement(Object element) {
            Enumerated.requireNotNull(element);
            List<Object> output = script.invokeWithDollarUnder(element);
            Object result = output.size() == 1 ? output.getFirst() : output;
            if (!BinderConversions.isTrue(result)) {
                throw new ValidationMetadataException(format(errorMessage != null ? errorMessage
                        : ParameterBinderStrings.VALIDATE_SCRIPT_FAILURE, Enumerated.text(element), script));
            }
        }
    }

    record VariableName() implements ParameterValidation {
        private static final List<String> SCOPES = List.of("global", "local", "private", "script", "using",
                "workflow", "variable");

        @Override
        public void validate(Object argument) {
            if (argument instanceof String name) {
                String variable = name.startsWith("+") ? name.substring(1) : name;
                int colon = variable.indexOf(':');
                if (colon >= 0 && !SCOPES.contains(BinderConversions.lower(variable.substring(0, colon)))) {
                    throw new ValidationMetadataException(format(ParameterBinderStrings.VALIDATE_VARIABLE_NAME,
                            variable));
                }
            }
        }
    }
}
