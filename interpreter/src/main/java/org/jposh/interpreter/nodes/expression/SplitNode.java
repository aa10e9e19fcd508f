package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.SplitOperator;

/** Binary {@code -split -csplit -isplit}: the right operand is the delimiter, with optional count and options. */
public abstract class SplitNode extends BinaryNode {
    private final boolean ignoreCase;

    protected SplitNode(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    @Specialization
    protected Object split(Object left, Object right) {
        return SplitOperator.split(left, right, ignoreCase);
    }
}
