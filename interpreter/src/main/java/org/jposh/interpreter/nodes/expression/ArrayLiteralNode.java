package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;

/**
 * {@code a, b, c} and unary {@code , a}: a new {@code object[]} of the element values, each kept whole
 * (an element that is itself an array is nested, not flattened).
 */
public final class ArrayLiteralNode extends ExpressionNode {
    @Children private final ExpressionNode[] elements;

    public ArrayLiteralNode(ExpressionNode[] elements) {
        this.elements = elements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeAll(frame, elements);
    }
}
