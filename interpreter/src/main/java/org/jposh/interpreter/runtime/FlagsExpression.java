package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * pwsh's FlagsExpression&lt;T&gt;: a filter over the flags of an enum written as text, such as
 * Get-ChildItem's {@code -Attributes "Directory+Hidden, !ReadOnly"}. {@code !} negates a flag, {@code +}
 * is AND, {@code ,} is OR (AND binds tighter); each element of an array is one more OR clause. A name
 * may be shortened to a prefix that matches one enum name (for FileAttributes, the prefixes of
 * Directory, ReadOnly and System win over the others, as pwsh's EnumMinimumDisambiguation). A flag term
 * holds when all its bits are set in the value. A cmdlet declares a parameter of it as
 * {@code FlagsExpression<FileAttributes>}, a Java enum of the .NET enum's constants.
 *
 * @param <E> the enum the expression names flags of
 */
public final class FlagsExpression<E extends Enum<E> & FlagsExpression.Flags> {
    /** A Java enum whose constants are a .NET [Flags] enum's, in .NET's order, so expressions can name them. */
    public interface Flags {
        /** The .NET enum the constants stand for (its names and values). */
        DotNetType dotNetType();
    }

    private record Term(long flag, boolean negated) {
        boolean holds(long value) {
            return ((value & flag) == flag) != negated;
        }
    }

    private final DotNetType enumType;
    private final List<List<Term>> clauses;

    private FlagsExpression(DotNetType enumType, List<List<Term>> clauses) {
        this.enumType = enumType;
        this.clauses = clauses;
    }

    /** The .NET name of the expression type over the enum, as messages show it. */
    public static String typeName(DotNetType enumType) {
        return "System.Management.Automation.FlagsExpression`1[" + enumType.fullName() + "]";
    }

    /**
     * The expression a string (or each string of an enumerable, as OR clauses) writes, over the enum of
     * {@code flags}.
     *
     * @throws PSInvalidCastException with pwsh's message when the text is no expression over the enum
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E> & Flags> FlagsExpression<E> convert(Class<E> flags, Object input) {
        return (FlagsExpression<E>) convertTo(flags, input);
    }

    /** {@link #convert} for the binder, which knows the enum as a parameter's element class. */
    public static FlagsExpression<?> convertTo(Class<?> flags, Object input) {
        Flags sample = (Flags) flags.getEnumConstants()[0];
        DotNetType enumType = sample.dotNetType();
        Object value = PSObject.base(input);
        try {
            List<List<Term>> clauses = new ArrayList<>();
            Iterable<?> parts = value instanceof String ? null : LanguagePrimitives.getEnumerable(value);
            if (parts == null) {
                parse(LanguagePrimitives.toStringValue(value), enumType, clauses);
            } else {
                for (Object part : parts) {
                    parse(LanguagePrimitives.toStringValue(part), enumType, clauses);
                }
            }
            return new FlagsExpression<>(enumType, List.copyOf(clauses));
        } catch (IllegalArgumentException e) {
            String shown = value instanceof String s ? s : "System.Object[]";
            throw new PSInvalidCastException("InvalidCastConstructorException", "Cannot convert value \"" + shown
                    + "\" to type \"" + typeName(enumType) + "\". Error: \"" + e.getMessage() + "\"");
        }
    }

    /** Whether a value of the enum passes the filter. */
    public boolean evaluate(long value) {
        for (List<Term> clause : clauses) {
            if (clause.stream().allMatch(term -> term.holds(value))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the expression names {@code flag} anywhere, negated or not (pwsh's ExistsInExpression). */
    public boolean existsInExpression(long flag) {
        return clauses.stream().flatMap(List::stream).anyMatch(term -> (flag & term.flag) == flag);
    }

    private enum Token { NAME, AND, OR, NOT }

    /** Appends the OR clauses of one input string, checking the syntax as pwsh's CheckSyntaxError does. */
    private static void parse(String text, DotNetType enumType, List<List<Term>> clauses) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The input expression must not be empty. Specify at least one"
                    + " identifier name in each input expression. ");
        }
        Token previous = Token.OR;
        boolean negated = false;
        List<Term> clause = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Token token = c == ',' ? Token.OR : c == '+' ? Token.AND : c == '!' ? Token.NOT : Token.NAME;
            String name = null;
            if (token == Token.NAME) {
                int end = i;
                while (end < text.length() && ",+!".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                name = identifier(text.substring(i, end), text, enumType);
                i = end;
            } else {
                i++;
            }
            checkOrder(previous, token);
            switch (token) {
                case NAME -> {
                    EnumType names = enumType.enumType();
                    clause.add(new Term(names.valueOf(names.disambiguatedName(name, enumType)), negated));
                    negated = false;
                }
                case NOT -> negated = true;
                case OR -> {
                    clauses.add(List.copyOf(clause));
                    clause.clear();
                }
                case AND -> { }
            }
            previous = token;
        }
        checkOrder(previous, Token.OR);
        clauses.add(List.copyOf(clause));
    }

    /** A name token, trimmed and without one pair of enclosing quotes; parentheses are not allowed. */
    private static String identifier(String raw, String input, DotNetType enumType) {
        String result = raw.strip();
        if (result.length() >= 2 && (result.charAt(0) == '\'' && result.endsWith("'")
                || result.charAt(0) == '"' && result.endsWith("\""))) {
            result = result.substring(1, result.length() - 1).strip();
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("Unable to match an empty identifier name to a valid enumerator"
                    + " name. Specify one of the following enumerator names and retry: " + allNames(enumType) + ".");
        }
        if (result.charAt(0) == '(') {
            throw new IllegalArgumentException("Use of parentheses is not valid in the expression because"
                    + " identifier grouping is not allowed. Try removing the parentheses, or if a subexpression is"
                    + " enclosed, try expanding the expression.");
        }
        return result;
    }

    private static void checkOrder(Token previous, Token token) {
        boolean binary = token == Token.AND || token == Token.OR;
        if ((previous == Token.AND || previous == Token.OR) && binary) {
            throw new IllegalArgumentException("Unable to parse the expression due to an unexpected token. An"
                    + " identifier name or a NOT (!) operator is expected at the start of the expression, or after"
                    + " an OR (,) operator or an AND (+) operator. Also, an expression must not end with an OR (,),"
                    + " AND (+) or NOT (!) operator.");
        } else if (previous == Token.NOT && token != Token.NAME) {
            throw new IllegalArgumentException("Unable to parse the expression due to an unexpected token after a"
                    + " NOT (!) operator. An identifier name is expected after a NOT (!) operator.");
        } else if (previous == Token.NAME && !binary) {
            throw new IllegalArgumentException("Unable to parse the expression due to an unexpected token. Only an"
                    + " OR (,) operator or AND (+) operator is expected after an identifier name.");
        }
    }

    private static String allNames(DotNetType enumType) {
        return String.join(", ", enumType.enumType().names());
    }

    @Override
    public String toString() {
        return typeName(enumType);
    }
}
