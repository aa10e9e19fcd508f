package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/** {@code -not} and {@code !}: the operand's truth, inverted. */
@NodeChild("operand")
public abstract class NotNode extends ExpressionNode {

    @Specialization
    protected boolean notBoolean(boolean value) {
        return !value;
    }

    @Fallback
    protected boolean notObject(Object value) {
        return !LanguagePrimitives.isTrue(value);
    }
}
