package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;

/**
 * {@code $target.Method(args)}, {@code $target?.Method(args)} and {@code [type]::Method(args)}. The
 * method is looked up on every call through {@link MemberAccess}; caching it per target type is still to do.
 */
public final class InvokeMemberNode extends ExpressionNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode member;
    @Children private final ExpressionNode[] arguments;
    private final boolean isStatic;
    private final boolean nullConditional;

    public InvokeMemberNode(ExpressionNode target, ExpressionNode member, ExpressionNode[] arguments,
                            boolean isStatic, boolean nullConditional) {
        this.target = target;
        this.member = member;
        this.arguments = arguments;
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
        Object[] args = evaluateArguments(frame);
        return isStatic
                ? MemberAccess.invokeStaticMethod(MemberNode.staticType(t), name, args)
                : MemberAccess.invokeMethod(t, name, args);
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
