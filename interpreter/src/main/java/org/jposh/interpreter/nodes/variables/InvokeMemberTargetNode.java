package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
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

    private Object[] evaluateArguments(VirtualFrame frame) {
        return ExpressionNode.executeAll(frame, arguments);
    }
}
