package org.jposh.interpreter.runtime;

import java.util.List;

/** A method: script methods of PSObjects and the adapted methods of .NET types. */
public abstract sealed class PSMethodInfo extends PSMemberInfo permits PSScriptMethod, PSMethod, PSParameterizedProperty {
    protected PSMethodInfo(String name) {
        super(name);
    }

    /**
     * Calls the method on {@code owner} ($this for script methods; ignored for static methods).
     *
     * @throws PSRuntimeException MethodException or MethodInvocationException as pwsh raises them
     */
    public abstract Object invoke(Object owner, Object[] args);

    /** The signatures, as {@code $obj.Method} without parentheses shows them. */
    public abstract List<String> overloadDefinitions();

    @Override
    public String toString() {
        return String.join(", ", overloadDefinitions());
    }
}
