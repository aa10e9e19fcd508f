package org.jposh.stdlib.core;

import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.ComparisonOperators.Operator;
import org.jposh.interpreter.runtime.MatchOperators;
import org.jposh.interpreter.runtime.TypeOperators;

/**
 * The operators of Where-Object's simplified forms, one per parameter set, each the language's
 * operator ({@code left -op right}); {@code tokenKind} is how pwsh names it in error messages.
 */
enum WhereOperator {
    EQ("EqualSet", "Ieq"), CEQ("CaseSensitiveEqualSet", "Ceq"),
    NE("NotEqualSet", "Ine"), CNE("CaseSensitiveNotEqualSet", "Cne"),
    GT("GreaterThanSet", "Igt"), CGT("CaseSensitiveGreaterThanSet", "Cgt"),
    LT("LessThanSet", "Ilt"), CLT("CaseSensitiveLessThanSet", "Clt"),
    GE("GreaterOrEqualSet", "Ige"), CGE("CaseSensitiveGreaterOrEqualSet", "Cge"),
    LE("LessOrEqualSet", "Ile"), CLE("CaseSensitiveLessOrEqualSet", "Cle"),
    LIKE("LikeSet", "Ilike"), CLIKE("CaseSensitiveLikeSet", "Clike"),
    NOT_LIKE("NotLikeSet", "Inotlike"), CNOT_LIKE("CaseSensitiveNotLikeSet", "Cnotlike"),
    MATCH("MatchSet", "Imatch"), CMATCH("CaseSensitiveMatchSet", "Cmatch"),
    NOT_MATCH("NotMatchSet", "Inotmatch"), CNOT_MATCH("CaseSensitiveNotMatchSet", "Cnotmatch"),
    CONTAINS("ContainsSet", "Icontains"), CCONTAINS("CaseSensitiveContainsSet", "Ccontains"),
    NOT_CONTAINS("NotContainsSet", "Inotcontains"), CNOT_CONTAINS("CaseSensitiveNotContainsSet", "Cnotcontains"),
    IN("InSet", "In"), CIN("CaseSensitiveInSet", "Cin"),
    NOT_IN("NotInSet", "Inotin"), CNOT_IN("CaseSensitiveNotInSet", "Cnotin"),
    IS("IsSet", "Is"), IS_NOT("IsNotSet", "IsNot"),
    /** {@code -Not Name}: {@code $true -ne $_.Name}. */
    NOT("Not", "Not");

    private final String parameterSetName;
    private final String tokenKind;

    WhereOperator(String parameterSetName, String tokenKind) {
        this.parameterSetName = parameterSetName;
        this.tokenKind = tokenKind;
    }

    static WhereOperator forParameterSet(String name) {
        for (WhereOperator op : values()) {
            if (op.parameterSetName.equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("not a Where-Object operator set: " + name);
    }

    String tokenKind() {
        return tokenKind;
    }

    /** The case-insensitive forms are those whose token starts with I (and -In, -NotIn, -Not). */
    private boolean ignoreCase() {
        return !tokenKind.startsWith("C");
    }

    /** {@code left -op right}: a bool, or the filtered elements when {@code left} is a collection. */
    Object apply(Object left, Object right) {
        boolean ic = ignoreCase();
        return switch (this) {
            case EQ, CEQ -> ComparisonOperators.compare(Operator.EQ, left, right, ic);
            case NE, CNE, NOT -> ComparisonOperators.compare(Operator.NE, left, right, ic);
            case GT, CGT -> ComparisonOperators.compare(Operator.GT, left, right, ic);
            case LT, CLT -> ComparisonOperators.compare(Operator.LT, left, right, ic);
            case GE, CGE -> ComparisonOperators.compare(Operator.GE, left, right, ic);
            case LE, CLE -> ComparisonOperators.compare(Operator.LE, left, right, ic);
            case LIKE, CLIKE -> MatchOperators.like(left, right, ic, false);
            case NOT_LIKE, CNOT_LIKE -> MatchOperators.like(left, right, ic, true);
            case MATCH, CMATCH -> MatchOperators.match(left, right, ic, false, matches -> { });
            case NOT_MATCH, CNOT_MATCH -> MatchOperators.match(left, right, ic, true, matches -> { });
            case CONTAINS, CCONTAINS -> ComparisonOperators.contains(left, right, ic);
            case NOT_CONTAINS, CNOT_CONTAINS -> !ComparisonOperators.contains(left, right, ic);
            case IN, CIN -> ComparisonOperators.in(left, right, ic);
            case NOT_IN, CNOT_IN -> !ComparisonOperators.in(left, right, ic);
            case IS -> TypeOperators.is(left, right);
            case IS_NOT -> TypeOperators.isNot(left, right);
        };
    }
}
