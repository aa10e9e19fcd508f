package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.Arithmetic;

/**
 * {@code ++$x}, {@code $x++}, {@code --$x}, {@code $x--}: the prefix forms give the new value, the
 * postfix forms the old one ($null counts as 0). Used as a statement, neither outputs anything.
 */
public final class IncrementNode extends ExpressionNode {
    @Child private AssignmentTargetNode target;
    private final int delta;
    private final boolean postfix;

    public IncrementNode(AssignmentTargetNode target, int delta, boolean postfix) {
        this.target = target;
        this.delta = delta;
        this.postfix = postfix;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object old = target.read(frame);
        Object updated;
        if (old instanceof Integer i && i != Integer.MAX_VALUE && i != Integer.MIN_VALUE) {
            updated = i + delta;
        } else {
            updated = Arithmetic.increment(old, delta);
        }
        target.assign(frame, updated);
        return postfix ? (old == null ? 0 : old) : updated;
    }
}
