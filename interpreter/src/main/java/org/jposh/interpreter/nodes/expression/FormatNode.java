package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.FormatOperator;

/** {@code format -f arguments}. */
public abstract class FormatNode extends BinaryNode {

    @Specialization
    protected String format(Object left, Object right) {
        return FormatOperator.format(left, right);
    }
}
