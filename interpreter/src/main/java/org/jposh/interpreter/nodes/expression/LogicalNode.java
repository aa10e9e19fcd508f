package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * {@code -and -or} (the right operand runs only when the left does not decide) and {@code -xor} (both
 * always run). The result is always a bool.
 */
public final class LogicalNode extends ExpressionNode {
    /** Which operator. */
    public enum Kind { AND, OR, XOR }

    private final Kind kind;
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final CountingConditionProfile decidedByLeft = CountingConditionProfile.create();

    public LogicalNode(Kind kind, ExpressionNode left, ExpressionNode right) {
        this.kind = kind;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        boolean l = LanguagePrimitives.isTrue(left.executeGeneric(frame));
        if (kind == Kind.XOR) {
            return l != LanguagePrimitives.isTrue(right.executeGeneric(frame));
        }
        boolean decided = kind == Kind.AND ? !l : l;
        if (decidedByLeft.profile(decided)) {
            return l;
        }
        return LanguagePrimitives.isTrue(right.executeGeneric(frame));
    }
}
