package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.ComparisonOperators.Operator;

/**
 * {@code -eq -ne -gt -ge -lt -le} and their {@code -c}/{@code -i} forms. Numbers of one type compare
 * directly (Java's double comparisons treat NaN as pwsh does: only -ne holds); everything else, including
 * a collection on the left that filters, goes through {@link ComparisonOperators}.
 */
public abstract class ComparisonNode extends BinaryNode {
    private final Operator operator;
    private final boolean ignoreCase;

    protected ComparisonNode(Operator operator, boolean ignoreCase) {
        this.operator = operator;
        this.ignoreCase = ignoreCase;
    }

    @Specialization
    protected boolean compareInts(int left, int right) {
        return holds(Integer.compare(left, right));
    }

    @Specialization
    protected boolean compareLongs(long left, long right) {
        return holds(Long.compare(left, right));
    }

    @Specialization
    protected boolean compareLongWithInt(long left, int right) {
        return holds(Long.compare(left, right));
    }

    @Specialization
    protected boolean compareIntWithLong(int left, long right) {
        return holds(Long.compare(left, right));
    }

    @Specialization
    protected boolean compareDoubles(double left, double right) {
        return switch (operator) {
            case EQ -> left == right;
            case NE -> left != right;
            case GT -> left > right;
            case GE -> left >= right;
            case LT -> left < right;
            case LE -> left <= right;
        };
    }

    @Fallback
    protected Object compareObjects(Object left, Object right) {
        return ComparisonOperators.compare(operator, left, right, ignoreCase);
    }

    private boolean holds(int order) {
        return switch (operator) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
        };
    }
}
