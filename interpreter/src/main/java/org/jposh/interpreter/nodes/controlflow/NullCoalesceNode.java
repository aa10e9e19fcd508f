package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/** {@code a ?? b}: a, unless it is $null (or no output), and only then is b evaluated. */
public final class NullCoalesceNode extends ExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final CountingConditionProfile leftIsNull = CountingConditionProfile.create();

    public NullCoalesceNode(ExpressionNode left, ExpressionNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = left.executeGeneric(frame);
        return leftIsNull.profile(LanguagePrimitives.isNull(value)) ? right.executeGeneric(frame) : value;
    }
}
