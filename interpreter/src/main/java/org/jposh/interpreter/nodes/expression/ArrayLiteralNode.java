package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
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
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i].executeGeneric(frame);
        }
        return values;
    }
}
