package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A property of a .NET type, as its {@link TypeAdapter} provides it; static properties ignore the owner. */
public final class PSProperty extends PSPropertyInfo {
    private final DotNetType type;
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;
    private final ScriptField scriptField;
    /** Whether a script class declares the property (its set accessor's parameter has no name). */
    private final boolean declaredByScript;

    PSProperty(String name, DotNetType type, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        this(name, type, getter, setter, null, false);
    }

    private PSProperty(String name, DotNetType type, Function<Object, Object> getter, BiConsumer<Object, Object> setter,
                       ScriptField scriptField, boolean declaredByScript) {
        super(name);
        this.type = type;
        this.getter = getter;
        this.setter = setter;
        this.scriptField = scriptField;
        this.declaredByScript = declaredByScript;
    }

    /**
     * A property an adapter makes for one object from its content (an XML node's attributes and children), which
     * its type does not have; {@code setter} is null for one that shows as read-only.
     */
    public static PSProperty adapted(String name, DotNetType type, Function<Object, Object> getter,
                                     BiConsumer<Object, Object> setter) {
        return new PSProperty(name, type, getter, setter);
    }

    /** An instance property of a script class, kept in {@code field} of its objects. */
    static PSProperty scriptField(String name, DotNetType type, ScriptField field, BiConsumer<Object, Object> setter) {
        return new PSProperty(name, type, owner -> field.get((ScriptObject) owner), setter, field, true);
    }

    /** A static property of a script class. */
    static PSProperty scriptStatic(String name, DotNetType type, Function<Object, Object> getter,
                                   BiConsumer<Object, Object> setter) {
        return new PSProperty(name, type, getter, setter, null, true);
    }

    /**
     * The script class field this property reads, or null: a call site that keeps the property can read
     * such a field itself, without a call the compiler cannot see into.
     */
    public ScriptField scriptField() {
        return scriptField;
    }

    /** The same property on the object {@code target} finds for the owner (a script object's base object). */
    PSProperty retargeted(Function<Object, Object> target) {
        return new PSProperty(name(), type, owner -> getter.apply(target.apply(owner)),
                setter == null ? null : (owner, value) -> setter.accept(target.apply(owner), value));
    }

    /**
     * The property's get accessor as .NET names it ({@code get_Length}, {@code static datetime get_Now()}):
     * a method that returns the value, whose failures are a method call's (MethodInvocationException).
     */
    PSMethod getAccessor(boolean isStatic) {
        return PSMethod.special("get_" + name(), new MethodOverload(type, new MethodOverload.Parameter[0], false,
                isStatic, (owner, args) -> getter.apply(owner)));
    }

    /**
     * The property's set accessor ({@code set_Capacity(int value)}), or null for a read-only property. A
     * script class's setter has an unnamed parameter ({@code set_X(int )}), as pwsh emits it without one.
     */
    PSMethod setAccessor(boolean isStatic) {
        if (setter == null) {
            return null;
        }
        String parameterName = declaredByScript ? "" : "value";
        return PSMethod.special("set_" + name(), new MethodOverload(CoreTypes.VOID,
                new MethodOverload.Parameter[] {TypeAdapter.param(parameterName, type)}, false, isStatic,
                (owner, args) -> {
                    setter.accept(owner, args[0]);
                    return AutomationNull.VALUE;
                }));
    }

    /** The declared type of the property; values set are converted to it. */
    public DotNetType type() {
        return type;
    }

    @Override
    @TruffleBoundary
    public Object getValue(Object owner) {
        try {
            return getter.apply(owner);
        } catch (DotNetException e) {
            throw exceptionWhenGetting(name(), e);
        }
    }

    /** pwsh's GetValueInvocationException for a property (or parameterized property) whose getter failed. */
    static PSRuntimeException exceptionWhenGetting(String name, RuntimeException e) {
        return new PSRuntimeException("ExceptionWhenGetting", ErrorCategory.NotSpecified,
                "Exception getting \"" + name + "\": \"" + e.getMessage() + "\"", "GetValueInvocationException");
    }

    /** pwsh's SetValueInvocationException for a property (or parameterized property) whose setter failed. */
    static PSRuntimeException exceptionWhenSetting(String name, RuntimeException e) {
        return new PSRuntimeException("ExceptionWhenSetting", ErrorCategory.NotSpecified,
                "Exception setting \"" + name + "\": \"" + e.getMessage() + "\"", "SetValueInvocationException");
    }

    @Override
    @TruffleBoundary
    public void setValue(Object owner, Object value) {
        if (setter == null) {
            throw new PSRuntimeException("PropertyAssignmentException", ErrorCategory.InvalidOperation,
                    "'" + name() + "' is a ReadOnly property.");
        }
        try {
            setter.accept(owner, LanguagePrimitives.convertTo(value, type));
        } catch (DotNetException | PSInvalidCastException e) {
            throw exceptionWhenSetting(name(), e);
        }
    }

    @Override
    public boolean isSettable() {
        return setter != null;
    }

    @Override
    public String typeNameOfValue(Object owner) {
        return type.fullName();
    }

    /** The definition Get-Member shows: {@code int Length {get;}}. */
    @Override
    public String toString() {
        return type.powerShellName() + " " + name() + " {get;" + (setter != null ? "set;" : "") + "}";
    }

    @Override
    public PSMemberTypes memberType() {
        return PSMemberTypes.Property;
    }
}
