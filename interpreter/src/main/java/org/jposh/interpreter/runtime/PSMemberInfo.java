package org.jposh.interpreter.runtime;

/** A member of an object: an instance member added to a PSObject, or one its .NET type adapts. */
public abstract sealed class PSMemberInfo permits PSPropertyInfo, PSMethodInfo {
    private final String name;

    protected PSMemberInfo(String name) {
        this.name = name;
    }

    public final String name() {
        return name;
    }

    public abstract PSMemberTypes memberType();
}
