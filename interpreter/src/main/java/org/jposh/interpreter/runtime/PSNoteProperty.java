package org.jposh.interpreter.runtime;

/** A property that holds a value, as the keys of {@code [pscustomobject]@{...}} become. */
public final class PSNoteProperty extends PSPropertyInfo {
    private Object value;
    /** Whether it is a type's ({@link TypeTable}): shared by all the type's objects, so no script may change it. */
    private final boolean fromTypeData;

    public PSNoteProperty(String name, Object value) {
        this(name, value, false);
    }

    private PSNoteProperty(String name, Object value, boolean fromTypeData) {
        super(name);
        this.value = LanguagePrimitives.automationNullToNull(value);
        this.fromTypeData = fromTypeData;
    }

    /** A note property of a type's extended type data. */
    static PSNoteProperty ofTypeData(String name, Object value) {
        return new PSNoteProperty(name, value, true);
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
        if (fromTypeData) {
            throw new PSRuntimeException("ChangeValueOfStaticNote", ErrorCategory.NotSpecified,
                    "Cannot change the member created from the type configuration: \"" + name() + "\".");
        }
        value = LanguagePrimitives.automationNullToNull(newValue);
    }

    @Override
    public boolean isSettable() {
        return !fromTypeData;
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
