package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** A node that produces a value. */
@TypeSystemReference(PoshTypes.class)
public abstract class ExpressionNode extends PoshNode {

    public abstract Object executeGeneric(VirtualFrame frame);

    public int executeInt(VirtualFrame frame) throws UnexpectedResultException {
        return PoshTypesGen.expectInteger(executeGeneric(frame));
    }

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return PoshTypesGen.expectLong(executeGeneric(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return PoshTypesGen.expectDouble(executeGeneric(frame));
    }

    /** The values of {@code nodes} (a node's children: an argument list, array elements), in order. */
    @ExplodeLoop
    public static Object[] executeAll(VirtualFrame frame, ExpressionNode[] nodes) {
        Object[] values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = nodes[i].executeGeneric(frame);
        }
        return values;
    }
}
