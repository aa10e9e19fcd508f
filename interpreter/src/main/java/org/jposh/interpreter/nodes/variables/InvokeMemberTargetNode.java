package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;

/** {@code $o.Item(args) = v}: assigns through a parameterized property ({@code $h.Item('k') = 5}). */
public final class InvokeMemberTargetNode extends AssignmentTargetNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode member;
    @Children private final ExpressionNode[] arguments;

    public InvokeMemberTargetNode(ExpressionNode target, ExpressionNode member, ExpressionNode[] arguments) {
        this.target = target;
        this.member = member;
        this.arguments = arguments;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object t = target.executeGeneric(frame);
        String name = LanguagePrimitives.toStringValue(member.executeGeneric(frame));
        MemberAccess.invokeSetMember(t, name, evaluateArguments(frame), value);
    }

    @Override
    public Object read(VirtualFrame frame) {
        Object t = target.executeGeneric(frame);
        String name = LanguagePrimitives.toStringValue(member.executeGeneric(frame));
        return MemberAccess.invokeMethod(t, name, evaluateArguments(frame));
    }

    @ExplodeLoop
    private Object[] evaluateArguments(VirtualFrame frame) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i].executeGeneric(frame);
        }
        return values;
    }
}
