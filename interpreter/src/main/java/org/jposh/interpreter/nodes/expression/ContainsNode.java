package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.ComparisonOperators;

/** {@code -contains -notcontains} and, with the operands swapped, {@code -in -notin}: always a bool. */
public abstract class ContainsNode extends BinaryNode {
    private final boolean collectionOnRight;
    private final boolean not;
    private final boolean ignoreCase;

    /** @param collectionOnRight true for -in and -notin */
    protected ContainsNode(boolean collectionOnRight, boolean not, boolean ignoreCase) {
        this.collectionOnRight = collectionOnRight;
        this.not = not;
        this.ignoreCase = ignoreCase;
    }

    @Specialization
    protected boolean contains(Object left, Object right) {
        boolean found = collectionOnRight
                ? ComparisonOperators.in(left, right, ignoreCase)
                : ComparisonOperators.contains(left, right, ignoreCase);
        return found != not;
    }
}
