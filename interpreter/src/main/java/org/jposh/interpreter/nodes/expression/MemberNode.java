package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code $target.Name}, {@code $target?.Name}, {@code $target.$name} and {@code [type]::Name}. A constant
 * name's property is kept for the target type the site sees ({@link PropertyCache}); everything else is
 * looked up through {@link MemberAccess}.
 */
public final class MemberNode extends ExpressionNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode member;
    private final boolean isStatic;
    private final boolean nullConditional;
    @Child private PropertyCache cache;

    public MemberNode(ExpressionNode target, ExpressionNode member, boolean isStatic, boolean nullConditional) {
        this.target = target;
        this.member = member;
        this.isStatic = isStatic;
        this.nullConditional = nullConditional;
        this.cache = !isStatic && member instanceof LiteralNode literal && literal.value() instanceof String name
                ? new PropertyCache(name) : null;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object t = target.executeGeneric(frame);
        if (cache != null) {
            PSProperty property = cache.lookup(t);
            if (property != null) {
                return cache.read(property, t);
            }
        }
        String name = LanguagePrimitives.toStringValue(member.executeGeneric(frame));
        if (nullConditional && LanguagePrimitives.isNull(t)) {
            return null;
        }
        if (isStatic) {
            DotNetType type = staticType(t);
            Object value = MemberAccess.getStaticMember(type, name);
            return value != null || MemberAccess.hasStaticMember(type, name) ? value
                    : absent(ScriptBlockRootNode.scope(frame), name, null);
        }
        Object value = MemberAccess.tryGetMember(t, name);
        return value != AutomationNull.VALUE ? value
                : absent(ScriptBlockRootNode.scope(frame), name, MemberAccess.absentMember(t, name));
    }

    /** A member the target does not have: strict mode's error from version 2, otherwise {@code lenient}. */
    @TruffleBoundary
    private static Object absent(SessionStateScope scope, String name, Object lenient) {
        if (scope.isStrictVersion(2)) {
            throw MemberAccess.propertyNotFoundStrict(name);
        }
        return lenient;
    }

    /** {@code [type]::} names the type; {@code $value::} the value's type, as in pwsh. */
    public static DotNetType staticType(Object target) {
        return PSObject.base(target) instanceof DotNetType type ? type : DotNetType.of(PSObject.base(target));
    }
}
