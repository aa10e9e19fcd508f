package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSObject;

/**
 * {@code $target.Name}, {@code $target?.Name}, {@code $target.$name} and {@code [type]::Name}. The member
 * is looked up on every run through {@link MemberAccess}; caching it per target type is still to do.
 */
public final class MemberNode extends ExpressionNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode member;
    private final boolean isStatic;
    private final boolean nullConditional;

    public MemberNode(ExpressionNode target, ExpressionNode member, boolean isStatic, boolean nullConditional) {
        this.target = target;
        this.member = member;
        this.isStatic = isStatic;
        this.nullConditional = nullConditional;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object t = target.executeGeneric(frame);
        String name = LanguagePrimitives.toStringValue(member.executeGeneric(frame));
        if (nullConditional && LanguagePrimitives.isNull(t)) {
            return null;
        }
        return isStatic ? MemberAccess.getStaticMember(staticType(t), name) : MemberAccess.getMember(t, name);
    }

    /** {@code [type]::} names the type; {@code $value::} the value's type, as in pwsh. */
    public static DotNetType staticType(Object target) {
        return PSObject.base(target) instanceof DotNetType type ? type : DotNetType.of(PSObject.base(target));
    }
}
