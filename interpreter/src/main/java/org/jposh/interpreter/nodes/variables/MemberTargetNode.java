package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;

/** {@code $o.Name = v}: sets a property (a hashtable's key, a note property, a .NET property). */
public final class MemberTargetNode extends AssignmentTargetNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode member;

    public MemberTargetNode(ExpressionNode target, ExpressionNode member) {
        this.target = target;
        this.member = member;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        MemberAccess.setMember(target.executeGeneric(frame),
                LanguagePrimitives.toStringValue(member.executeGeneric(frame)), value);
    }

    @Override
    public Object read(VirtualFrame frame) {
        return MemberAccess.getMember(target.executeGeneric(frame),
                LanguagePrimitives.toStringValue(member.executeGeneric(frame)));
    }
}
