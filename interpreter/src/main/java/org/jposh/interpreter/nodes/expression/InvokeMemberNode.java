package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.ForeignObjects;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSMethodInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.ScriptObject;

/**
 * {@code $target.Method(args)}, {@code $target?.Method(args)} and {@code [type]::Method(args)}. An
 * instance call site remembers the method (or parameterized property, {@code 'abc'.Chars(1)}) it found for the first target's type (not a PSObject, whose
 * own members come first) and calls it directly while targets keep that type; a static call site
 * remembers the method of the first type it was given. A site that sees a second type looks the
 * method up through {@link MemberAccess} each time.
 *
 * <p>A target cast to a base class of a script class ({@code ([Base]$this).Hi()}, how a script calls the method
 * its class overrides) calls that class's method, not the override: pwsh's method target type, which its binder
 * takes from a cast on the target.
 */
public final class InvokeMemberNode extends ExpressionNode {
    @Child private ExpressionNode target;
    @Child private ExpressionNode member;
    @Children private final ExpressionNode[] arguments;
    /** The type arguments of a generic method call ({@code [array]::Empty[int]()}), or null. */
    @Children private final TypeLiteralNode[] genericArguments;
    /** The type a cast on the target names, or null. */
    @Child private TypeLiteralNode methodTargetType;
    private final boolean isStatic;
    private final boolean nullConditional;
    @CompilationFinal private DotNetType cachedType;
    /**
     * The class of the first instance target: a target of that class has the cached type (checked by class, without
     * the type lookup) unless it carries its own type (a script class instance, an enum value), which is compared too.
     */
    @CompilationFinal private Class<?> cachedClass;
    @CompilationFinal private boolean cachedTyped;
    @CompilationFinal private String cachedName;
    @CompilationFinal private PSMethodInfo cachedMethod;
    @CompilationFinal private boolean megamorphic;

    /**
     * @param genericArguments the type arguments of a generic method call, or null
     * @param methodTargetType the type of a cast on the target ({@code ([Base]$this)}), or null
     */
    public InvokeMemberNode(ExpressionNode target, ExpressionNode member, ExpressionNode[] arguments,
                            TypeLiteralNode[] genericArguments, TypeLiteralNode methodTargetType, boolean isStatic,
                            boolean nullConditional) {
        this.target = target;
        this.member = member;
        this.arguments = arguments;
        this.genericArguments = genericArguments;
        this.methodTargetType = methodTargetType;
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
        ScriptBlockRootNode.markPosition(frame, extent());
        if (genericArguments != null) {
            return MemberAccess.invokeGenericMethod(t, isStatic ? MemberNode.staticType(t) : null, name,
                    typeArguments(), args);
        }
        if (isStatic) {
            DotNetType type = MemberNode.staticType(t);
            if (type == null) {
                return MemberAccess.invokeMethod(null, name, args);
            }
            if (cachedMethod != null && type == cachedType && name.equals(cachedName)) {
                return cachedMethod.invoke(null, args);
            }
            if (!megamorphic) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cache(type, name, type.adapter().staticMethod(name));
            }
            return MemberAccess.invokeStaticMethod(type, name, args);
        }
        if (methodTargetType != null && t instanceof ScriptObject object) {
            PSMethodInfo baseMethod = baseClassMethod(methodTargetType.resolve(), object, name);
            if (baseMethod != null) {
                return baseMethod.invoke(t, args);
            }
        }
        if (cachedMethod != null && t != null && t.getClass() == cachedClass
                && (!cachedTyped || ((DotNetTyped) t).dotNetType() == cachedType)
                && name.equals(cachedName) && !MemberAccess.hasExtendedMembers(t)) {
            return cachedMethod.invoke(t, args);
        }
        if (!megamorphic) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            boolean cacheable = !LanguagePrimitives.isNull(t) && !(t instanceof PSObject) && !ForeignObjects.isForeign(t);
            if (cacheable) {
                cachedClass = t.getClass();
                cachedTyped = t instanceof DotNetTyped;
            }
            cache(DotNetType.of(t), name, cacheable ? DotNetType.of(t).adapter().invocable(name) : null);
        }
        return MemberAccess.invokeMethod(t, name, args);
    }

    /** The method of that name a base class of the target's script class declares or inherits; null otherwise. */
    @TruffleBoundary
    private static PSMethodInfo baseClassMethod(DotNetType type, ScriptObject object, String name) {
        if (object.dotNetType() != type && type.isAssignableFrom(object.dotNetType())) {
            return type.adapter().invocable(name);
        }
        return null;
    }

    /** Remembers the method for the type, or gives up caching when the site has seen another. */
    private void cache(DotNetType type, String name, PSMethodInfo method) {
        if (cachedMethod != null || method == null) {
            megamorphic = true;
            cachedMethod = null;
            return;
        }
        cachedType = type;
        cachedName = name;
        cachedMethod = method;
    }

    @ExplodeLoop
    private DotNetType[] typeArguments() {
        DotNetType[] types = new DotNetType[genericArguments.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = genericArguments[i].resolve();
        }
        return types;
    }

    private Object[] evaluateArguments(VirtualFrame frame) {
        return executeAll(frame, arguments);
    }
}
