package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.jposh.interpreter.nodes.ExpressionNode;

/** A constant: a number or string literal, or a bare word argument. */
public final class LiteralNode extends ExpressionNode {
    private final Object value;

    public LiteralNode(Object value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }

    @Override
    public int executeInt(VirtualFrame frame) throws UnexpectedResultException {
        if (value instanceof Integer i) {
            return i;
        }
        throw new UnexpectedResultException(value);
    }

    /** The constant, for nodes that specialize on a literal operand (a member name). */
    public Object value() {
        return value;
    }
}
