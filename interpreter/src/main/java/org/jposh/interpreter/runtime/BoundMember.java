package org.jposh.interpreter.runtime;

/**
 * A member as {@code $o.psobject.Properties} lists it: the member with the object it belongs to, so that
 * {@code .Value} reads and sets it on that object (a script property's $this, an adapted property's .NET
 * object).
 */
public record BoundMember(PSMemberInfo member, PSObject owner) implements DotNetTyped {
    @Override
    public DotNetType dotNetType() {
        return DotNetType.of(member);
    }

    /** The object the member's getter and setter work on. */
    Object instance() {
        return member instanceof PSProperty || member instanceof PSMethod || member instanceof PSParameterizedProperty
                ? owner.baseObject() : owner;
    }

    @Override
    public String toString() {
        return member.toString();
    }
}
