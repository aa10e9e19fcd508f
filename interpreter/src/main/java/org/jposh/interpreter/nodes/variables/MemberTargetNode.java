package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.expression.LiteralNode;
import org.jposh.interpreter.nodes.expression.PropertyCache;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSProperty;

/** {@code $o.Name = v}: sets a property (a hashtable's key, a note property, a .NET property). */
public final class MemberTargetNode extends AssignmentTargetNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode member;
    @Child private PropertyCache cache;

    public MemberTargetNode(ExpressionNode target, ExpressionNode member) {
        this.target = target;
        this.member = member;
        this.cache = member instanceof LiteralNode literal && literal.value() instanceof String name
                ? new PropertyCache(name) : null;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object t = target.executeGeneric(frame);
        if (cache != null) {
            PSProperty property = cache.lookup(t);
            if (property != null) {
                PropertyCache.set(property, t, LanguagePrimitives.automationNullToNull(value));
                return;
            }
        }
        MemberAccess.setMember(t, LanguagePrimitives.toStringValue(member.executeGeneric(frame)), value);
    }

    @Override
    public Object read(VirtualFrame frame) {
        return MemberAccess.getMember(target.executeGeneric(frame),
                LanguagePrimitives.toStringValue(member.executeGeneric(frame)));
    }
}
