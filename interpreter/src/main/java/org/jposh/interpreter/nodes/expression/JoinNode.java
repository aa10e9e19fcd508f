package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.JoinOperator;

/** Binary {@code -join}: the left operand's elements joined with the right operand as separator. */
public abstract class JoinNode extends BinaryNode {

    @Specialization
    protected String join(Object left, Object right) {
        return JoinOperator.join(left, right);
    }
}
