package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
/** A property that is another member under a second name ({@code Count} for {@code Length} on arrays...). */
public final class PSAliasProperty extends PSPropertyInfo {
    private final String referencedMemberName;

    public PSAliasProperty(String name, String referencedMemberName) {
        super(name);
        this.referencedMemberName = referencedMemberName;
    }

    @Override
    @TruffleBoundary
    public Object getValue(Object owner) {
        return MemberAccess.getMember(owner, referencedMemberName);
    }

    @Override
    @TruffleBoundary
    public void setValue(Object owner, Object value) {
        MemberAccess.setMember(owner, referencedMemberName, value);
    }

    @Override
    public boolean isSettable() {
        return true;
    }

    @Override
    public String typeNameOfValue(Object owner) {
        Object value = getValue(owner);
        return value == null ? "System.Object" : DotNetType.of(PSObject.base(value)).fullName();
    }

    public String referencedMemberName() {
        return referencedMemberName;
    }

    /** The definition Get-Member shows: {@code Count = Length}. */
    @Override
    public String toString() {
        return name() + " = " + referencedMemberName;
    }

    @Override
    public PSMemberTypes memberType() {
        return PSMemberTypes.AliasProperty;
    }
}
