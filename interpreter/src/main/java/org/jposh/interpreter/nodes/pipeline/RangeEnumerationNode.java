package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.RangeOperator;

/**
 * {@code a..b} at the head of a pipeline: the range as a lazy sequence instead of an array, so that
 * {@code 1..1e9 | Select-Object -First 3} neither builds a billion elements nor waits for them.
 */
public final class RangeEnumerationNode extends ExpressionNode {
    @Child private ExpressionNode from;
    @Child private ExpressionNode to;

    public RangeEnumerationNode(ExpressionNode from, ExpressionNode to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return enumerate(from.executeGeneric(frame), to.executeGeneric(frame));
    }

    @TruffleBoundary
    private static Iterable<Object> enumerate(Object from, Object to) {
        return RangeOperator.enumerate(from, to);
    }
}
