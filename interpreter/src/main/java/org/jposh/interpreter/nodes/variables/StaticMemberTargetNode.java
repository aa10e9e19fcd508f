package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.expression.MemberNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;

/** {@code [Type]::Name = v}: sets a static property (a class's static property). */
public final class StaticMemberTargetNode extends AssignmentTargetNode {
    @Child private ExpressionNode type;
    @Child private ExpressionNode member;

    public StaticMemberTargetNode(ExpressionNode type, ExpressionNode member) {
        this.type = type;
        this.member = member;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        MemberAccess.setStaticMember(MemberNode.staticType(type.executeGeneric(frame)),
                LanguagePrimitives.toStringValue(member.executeGeneric(frame)), value);
    }

    @Override
    public Object read(VirtualFrame frame) {
        return MemberAccess.getStaticMember(MemberNode.staticType(type.executeGeneric(frame)),
                LanguagePrimitives.toStringValue(member.executeGeneric(frame)));
    }
}
