package org.jposh.interpreter.runtime;

/** A property that holds a value, as the keys of {@code [pscustomobject]@{...}} become. */
public final class PSNoteProperty extends PSPropertyInfo {
    private Object value;

    public PSNoteProperty(String name, Object value) {
        super(name);
        this.value = LanguagePrimitives.automationNullToNull(value);
    }

    public Object value() {
        return value;
    }

    @Override
    public Object getValue(Object owner) {
        return value;
    }

    @Override
    public void setValue(Object owner, Object newValue) {
        value = LanguagePrimitives.automationNullToNull(newValue);
    }

    @Override
    public boolean isSettable() {
        return true;
    }

    @Override
    public String typeNameOfValue(Object owner) {
        return value == null ? "System.Object" : DotNetType.of(PSObject.base(value)).fullName();
    }

    /** The definition Get-Member shows: the value's type and string, {@code int a=1}, {@code object b=null}. */
    @Override
    public String toString() {
        String type = value == null ? "object" : value instanceof PSObject pso ? pso.typeNames().getFirst()
                : DotNetType.of(value).shortPowerShellName();
        String text = value == null ? "null" : value instanceof PSObject ? value.toString()
                : LanguagePrimitives.dotNetToString(value);
        return type + " " + name() + "=" + text;
    }

    @Override
    public PSMemberTypes memberType() {
        return PSMemberTypes.NoteProperty;
    }
}
