package org.jposh.remoting.cim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.ComparisonOperators.Operator;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * The subset of WQL a local session evaluates (spec remoting.md 8.7): {@code SELECT * | p1, p2 FROM Class
 * [WHERE condition]}, the condition made of comparisons of a property with a literal ({@code =}, {@code <>},
 * {@code !=}, {@code <}, {@code >}, {@code <=}, {@code >=}), {@code LIKE} with WQL's {@code %}, {@code _} and
 * {@code [set]}, {@code IS [NOT] NULL}, joined with {@code AND}, {@code OR}, {@code NOT} and parentheses.
 * Strings compare without case, as WMI compares them; a comparison with a null property is false.
 */
public final class WqlQuery {
    private final List<String> properties;
    private final String className;
    private final Condition where;

    private WqlQuery(List<String> properties, String className, Condition where) {
        this.properties = properties;
        this.className = className;
        this.where = where;
    }

    /** The query Get-CimInstance makes of -ClassName, -Property and -Filter, as pwsh's CreateQuery writes it. */
    public static WqlQuery of(String className, String[] selectProperties, String filter) {
        String list = selectProperties == null ? "*" : String.join(",", selectProperties);
        return parse("SELECT " + list + " FROM " + className + (filter == null ? "" : " WHERE " + filter));
    }

    /** @throws CimException Invalid query when the text is not a query of this subset */
    public static WqlQuery parse(String text) {
        return new Parser(text).query();
    }

    public String className() {
        return className;
    }

    /** The query selecting only the key properties (-KeyOnly). */
    public WqlQuery keysOnly() {
        return new WqlQuery(List.of(), className, where);
    }

    /** The selected properties (besides the keys, which are always there), or null for {@code *}. */
    public List<String> properties() {
        return properties;
    }

    /** @throws CimException Invalid query when the query names a property the class does not have */
    void check(CimClass cimClass) {
        List<String> named = new ArrayList<>(properties == null ? List.of() : properties);
        if (where != null) {
            where.collectProperties(named);
        }
        for (String p : named) {
            if (cimClass.property(p) == null) {
                throw CimException.invalidQuery();
            }
        }
    }

    boolean matches(CimInstance instance) {
        return where == null || where.test(instance);
    }

    private sealed interface Condition permits Comparison, Like, IsNull, Not, And, Or {
        boolean test(CimInstance instance);

        void collectProperties(List<String> into);
    }

    private record Comparison(String property, Operator op, Object literal) implements Condition {
        @Override
        public boolean test(CimInstance instance) {
            Object value = instance.value(property);
            if (value == null || literal == null) {
                return false;
            }
            try {
                return ComparisonOperators.compareScalar(op, value, literal, true);
            } catch (PSRuntimeException e) {
                return false;
            }
        }

        @Override
        public void collectProperties(List<String> into) {
            into.add(property);
        }
    }

    private record Like(String property, Pattern pattern) implements Condition {
        @Override
        public boolean test(CimInstance instance) {
            Object value = instance.value(property);
            return value != null && pattern.matcher(LanguagePrimitives.toStringValue(value)).matches();
        }

        @Override
        public void collectProperties(List<String> into) {
            into.add(property);
        }
    }

    private record IsNull(String property, boolean negated) implements Condition {
        @Override
        public boolean test(CimInstance instance) {
            return (instance.value(property) == null) != negated;
        }

        @Override
        public void collectProperties(List<String> into) {
            into.add(property);
        }
    }

    private record Not(Condition operand) implements Condition {
        @Override
        public boolean test(CimInstance instance) {
            return !operand.test(instance);
        }

        @Override
        public void collectProperties(List<String> into) {
            operand.collectProperties(into);
        }
    }

    private record And(Condition left, Condition right) implements Condition {
        @Override
        public boolean test(CimInstance instance) {
            return left.test(instance) && right.test(instance);
        }

        @Override
        public void collectProperties(List<String> into) {
            left.collectProperties(into);
            right.collectProperties(into);
        }
    }

    private record Or(Condition left, Condition right) implements Condition {
        @Override
        public boolean test(CimInstance instance) {
            return left.test(instance) || right.test(instance);
        }

        @Override
        public void collectProperties(List<String> into) {
            left.collectProperties(into);
            right.collectProperties(into);
        }
    }

    /** A recursive-descent parser over the query's tokens; any mistake is WMI's Invalid query. */
    private static final class Parser {
        private static final Pattern TOKEN = Pattern.compile(
                "\\s*(?:(?<str>'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")|(?<num>-?\\d+(?:\\.\\d+)?)"
                        + "|(?<word>[A-Za-z_][A-Za-z0-9_]*)|(?<op><>|!=|<=|>=|[=<>(),*]))");

        private final List<String> tokens = new ArrayList<>();
        private int at;

        Parser(String text) {
            var m = TOKEN.matcher(text);
            int end = 0;
            while (end < text.length() && m.find(end) && m.start() == end) {
                tokens.add(m.group().strip());
                end = m.end();
            }
            if (!text.substring(end).isBlank()) {
                throw CimException.invalidQuery();
            }
        }

        WqlQuery query() {
            expectWord("SELECT");
            List<String> properties = null;
            if (peek("*")) {
                next();
            } else {
                properties = new ArrayList<>();
                do {
                    properties.add(identifier());
                } while (accept(","));
            }
            expectWord("FROM");
            String className = identifier();
            Condition where = null;
            if (acceptWord("WHERE")) {
                where = or();
            }
            if (at != tokens.size()) {
                throw CimException.invalidQuery();
            }
            return new WqlQuery(properties, className, where);
        }

        private Condition or() {
            Condition left = and();
            while (acceptWord("OR")) {
                left = new Or(left, and());
            }
            return left;
        }

        private Condition and() {
            Condition left = not();
            while (acceptWord("AND")) {
                left = new And(left, not());
            }
            return left;
        }

        private Condition not() {
            if (acceptWord("NOT")) {
                return new Not(not());
            }
            if (accept("(")) {
                Condition inner = or();
                expect(")");
                return inner;
            }
            return comparison();
        }

        private Condition comparison() {
            String property = identifier();
            if (acceptWord("IS")) {
                boolean negated = acceptWord("NOT");
                expectWord("NULL");
                return new IsNull(property, negated);
            }
            if (acceptWord("LIKE")) {
                Object pattern = literal();
                if (!(pattern instanceof String s)) {
                    throw CimException.invalidQuery();
                }
                return new Like(property, likePattern(s));
            }
            Operator op = switch (next()) {
                case "=" -> Operator.EQ;
                case "<>", "!=" -> Operator.NE;
                case "<" -> Operator.LT;
                case ">" -> Operator.GT;
                case "<=" -> Operator.LE;
                case ">=" -> Operator.GE;
                default -> throw CimException.invalidQuery();
            };
            return new Comparison(property, op, literal());
        }

        private Object literal() {
            String t = next();
            char first = t.charAt(0);
            if (first == '\'' || first == '"') {
                return t.substring(1, t.length() - 1).replaceAll("\\\\(.)", "$1");
            }
            if (first == '-' || Character.isDigit(first)) {
                return t.contains(".") ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t);
            }
            return switch (t.toUpperCase(Locale.ROOT)) {
                case "TRUE" -> Boolean.TRUE;
                case "FALSE" -> Boolean.FALSE;
                case "NULL" -> null;
                default -> throw CimException.invalidQuery();
            };
        }

        /** WQL's LIKE as a regular expression: % any run, _ one character, [a-z] and [^a-z] sets. */
        private static Pattern likePattern(String like) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < like.length(); i++) {
                char c = like.charAt(i);
                int close = c == '[' ? like.indexOf(']', i + 1) : -1;
                if (c == '%') {
                    regex.append(".*");
                } else if (c == '_') {
                    regex.append('.');
                } else if (close > i + 1) {
                    String set = like.substring(i + 1, close);
                    boolean negated = set.startsWith("^");
                    regex.append('[').append(negated ? "^" : "")
                            .append(set.substring(negated ? 1 : 0).replace("\\", "\\\\").replace("[", "\\["))
                            .append(']');
                    i = close;
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        }

        private String identifier() {
            String t = next();
            if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_') {
                throw CimException.invalidQuery();
            }
            return t;
        }

        private String next() {
            if (at >= tokens.size()) {
                throw CimException.invalidQuery();
            }
            return tokens.get(at++);
        }

        private boolean peek(String token) {
            return at < tokens.size() && tokens.get(at).equals(token);
        }

        private boolean accept(String token) {
            if (peek(token)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw CimException.invalidQuery();
            }
        }

        private boolean acceptWord(String word) {
            if (at < tokens.size() && tokens.get(at).equalsIgnoreCase(word)) {
                at++;
                return true;
            }
            return false;
        }

        private void expectWord(String word) {
            if (!acceptWord(word)) {
                throw CimException.invalidQuery();
            }
        }
    }
}
