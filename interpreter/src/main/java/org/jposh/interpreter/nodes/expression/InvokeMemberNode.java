package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSMethod;
import org.jposh.interpreter.runtime.PSObject;

/**
 * {@code $target.Method(args)}, {@code $target?.Method(args)} and {@code [type]::Method(args)}. An
 * instance call site remembers the method it found for the first target's type (not a PSObject, whose
 * own members come first) and calls it directly while targets keep that type; a site that sees a
 * second type, and static calls, look the method up through {@link MemberAccess} each time.
 */
public final class InvokeMemberNode extends ExpressionNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode member;
    @Children private final ExpressionNode[] arguments;
    private final boolean isStatic;
    private final boolean nullConditional;
    @CompilationFinal private DotNetType cachedType;
    @CompilationFinal private String cachedName;
    @CompilationFinal private PSMethod cachedMethod;
    @CompilationFinal private boolean megamorphic;

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
        if (isStatic) {
            return MemberAccess.invokeStaticMethod(MemberNode.staticType(t), name, args);
        }
        if (cachedMethod != null && !(t instanceof PSObject) && DotNetType.of(t) == cachedType
                && name.equals(cachedName)) {
            return cachedMethod.invoke(t, args);
        }
        if (!megamorphic) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cache(t, name);
        }
        return MemberAccess.invokeMethod(t, name, args);
    }

    /** Remembers the method for the target's type, or gives up caching when the site has seen another. */
    private void cache(Object target, String name) {
        PSMethod method = LanguagePrimitives.isNull(target) || target instanceof PSObject ? null
                : DotNetType.of(target).adapter().method(name);
        if (cachedMethod != null || method == null) {
            megamorphic = true;
            cachedMethod = null;
            return;
        }
        cachedType = DotNetType.of(target);
        cachedName = name;
        cachedMethod = method;
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
