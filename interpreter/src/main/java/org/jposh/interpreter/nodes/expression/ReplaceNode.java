package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.ReplaceOperator;

/** {@code -replace -creplace -ireplace}: the right operand is a pattern or a (pattern, substitute) pair. */
public abstract class ReplaceNode extends BinaryNode {
    private final boolean ignoreCase;
    private final String operatorText;

    protected ReplaceNode(boolean ignoreCase, String operatorText) {
        this.ignoreCase = ignoreCase;
        this.operatorText = operatorText;
    }

    @Specialization
    protected Object replace(Object left, Object right) {
        return ReplaceOperator.replace(left, right, ignoreCase, operatorText);
    }
}
