package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
/** A property computed by script blocks: the getter runs with $this set to the object, the setter also gets the value. */
public final class PSScriptProperty extends PSPropertyInfo {
    private final ScriptCallable getter;
    private final ScriptCallable setter;

    /** @param setter null for a read-only property */
    public PSScriptProperty(String name, ScriptCallable getter, ScriptCallable setter) {
        super(name);
        this.getter = getter;
        this.setter = setter;
    }

    /** The getter script, or null. */
    public ScriptCallable getter() {
        return getter;
    }

    /** The setter script, or null. */
    public ScriptCallable setter() {
        return setter;
    }

    @Override
    @TruffleBoundary
    public Object getValue(Object owner) {
        if (getter == null) {
            throw new PSRuntimeException("GetWithoutGetterException", ErrorCategory.NotSpecified,
                    "Get accessor for property \"" + name() + "\" is unavailable.");
        }
        return LanguagePrimitives.automationNullToNull(getter.invoke(owner, null, new Object[0]));
    }

    @Override
    @TruffleBoundary
    public void setValue(Object owner, Object value) {
        if (setter == null) {
            throw setWithoutSetter(name());
        }
        setter.invoke(owner, null, new Object[] {value});
    }

    @Override
    public boolean isSettable() {
        return setter != null;
    }

    @Override
    public String typeNameOfValue(Object owner) {
        return "System.Object";
    }

    /** The definition Get-Member shows: {@code System.Object Name {get=script;set=script;}}. */
    @Override
    public String toString() {
        return "System.Object " + name() + " {" + (getter != null ? "get=" + getter + ";" : "")
                + (setter != null ? "set=" + setter + ";" : "") + "}";
    }

    @Override
    public PSMemberTypes memberType() {
        return PSMemberTypes.ScriptProperty;
    }
}
