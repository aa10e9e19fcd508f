package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.jposh.interpreter.nodes.ExpressionNode;

/** {@code c ? a : b}: only the chosen side runs. */
public final class TernaryNode extends ExpressionNode {
    @Child private ConditionNode condition;
    @Child private ExpressionNode ifTrue;
    @Child private ExpressionNode ifFalse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public TernaryNode(ConditionNode condition, ExpressionNode ifTrue, ExpressionNode ifFalse) {
        this.condition = condition;
        this.ifTrue = ifTrue;
        this.ifFalse = ifFalse;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return profile.profile(condition.executeBoolean(frame)) ? ifTrue.executeGeneric(frame)
                : ifFalse.executeGeneric(frame);
    }
}
