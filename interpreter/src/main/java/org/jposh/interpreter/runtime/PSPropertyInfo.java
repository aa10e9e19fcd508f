package org.jposh.interpreter.runtime;

/** A property: note, script and alias properties of PSObjects, and the adapted properties of .NET types. */
public abstract sealed class PSPropertyInfo extends PSMemberInfo
        permits PSNoteProperty, PSScriptProperty, PSAliasProperty, PSProperty {
    protected PSPropertyInfo(String name) {
        super(name);
    }

    /** The value for {@code owner} ($this of script properties; the .NET object for adapted ones). */
    public abstract Object getValue(Object owner);

    /**
     * Sets the value for {@code owner}.
     *
     * @throws PSRuntimeException when the property cannot be set
     */
    public abstract void setValue(Object owner, Object value);

    public abstract boolean isSettable();

    /** The type name Get-Member shows for the property's value. */
    public abstract String typeNameOfValue(Object owner);

    static PSRuntimeException setWithoutSetter(String name) {
        return new PSRuntimeException("SetWithoutSetterException", ErrorCategory.NotSpecified,
                "Set accessor for property \"" + name + "\" is unavailable.");
    }
}
