package org.jposh.interpreter.runtime;

import java.util.EnumSet;
import java.util.Set;

/**
 * A variable with more than a value: a type constraint ({@code [int]$x = 1} keeps converting later
 * assignments), options (read-only, constant, private) or a description. Scopes store plain values
 * directly and switch to a PSVariable only when one of these is needed or when Get-Variable hands the
 * variable out, so that changes made through the object reach the variable.
 */
public class PSVariable {
    private final String name;
    private Object value;
    private DotNetType typeConstraint;
    /** The options as bits by ordinal: cheaper than an EnumSet, and a variable is made per typed parameter bound. */
    private int options;
    private String description = "";

    public PSVariable(String name, Object value) {
        this.name = ScopeLayout.canonicalName(name);
        this.value = value;
    }

    /**
     * A variable whose assignments are converted to {@code type}; the value is converted now, as the
     * cast {@code [type]value} converts it.
     */
    public static PSVariable constrained(String name, DotNetType type, Object value) {
        return typed(name, type, LanguagePrimitives.convertTo(value, type));
    }

    /** A variable constrained to {@code type} whose value is converted already. */
    static PSVariable typed(String name, DotNetType type, Object convertedValue) {
        PSVariable variable = new PSVariable(name, convertedValue);
        variable.typeConstraint = type;
        return variable;
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    /**
     * Assigns through the type constraint.
     *
     * @throws PSRuntimeException VariableNotWritable for read-only and constant variables, or the
     *         conversion's error
     */
    public void setValue(Object newValue) {
        if (isReadOnly() || isConstant()) {
            throw notWritable(name);
        }
        value = convert(newValue);
    }

    /**
     * Assigns without conversion when none is needed (no constraint, or a value of the constraint's exact
     * class) and the variable is writable; false when the caller must go through {@link #setValue}.
     */
    public boolean trySetDirectly(Object newValue) {
        if (options != 0 && (isReadOnly() || isConstant())) {
            return false;
        }
        if (typeConstraint != null && (newValue == null || newValue.getClass() != typeConstraint.javaClass())) {
            return false;
        }
        value = newValue;
        return true;
    }

    /** Sets the value past the read-only check, as {@code Set-Variable -Force} does. */
    public void forceValue(Object newValue) {
        if (isConstant()) {
            throw notWritable(name);
        }
        value = convert(newValue);
    }

    /**
     * The value converted to the type constraint; a failure is reported as pwsh reports its
     * ArgumentTypeConverterAttribute failing: MetadataError, ArgumentTransformationMetadataException.
     */
    private Object convert(Object newValue) {
        if (typeConstraint == null) {
            return newValue;
        }
        try {
            return LanguagePrimitives.convertTo(newValue, typeConstraint);
        } catch (PSInvalidCastException e) {
            throw new PSRuntimeException("RuntimeException", ErrorCategory.MetadataError, e.getMessage(),
                    "ArgumentTransformationMetadataException");
        }
    }

    public DotNetType typeConstraint() {
        return typeConstraint;
    }

    public Set<ScopedItemOptions> getOptions() {
        EnumSet<ScopedItemOptions> set = EnumSet.noneOf(ScopedItemOptions.class);
        for (ScopedItemOptions option : ScopedItemOptions.values()) {
            if (has(option)) {
                set.add(option);
            }
        }
        return set.isEmpty() ? EnumSet.of(ScopedItemOptions.None) : set;
    }

    public void addOption(ScopedItemOptions option) {
        if (option != ScopedItemOptions.None && option != ScopedItemOptions.Unspecified) {
            options |= 1 << option.ordinal();
        }
    }

    public boolean isPrivate() {
        return has(ScopedItemOptions.Private);
    }

    public boolean isConstant() {
        return has(ScopedItemOptions.Constant);
    }

    public boolean isReadOnly() {
        return has(ScopedItemOptions.ReadOnly);
    }

    private boolean has(ScopedItemOptions option) {
        return (options & (1 << option.ordinal())) != 0;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    static PSRuntimeException notWritable(String name) {
        return new PSRuntimeException("VariableNotWritable", ErrorCategory.WriteError, "Cannot overwrite variable "
                + name + " because it is read-only or constant.", "SessionStateUnauthorizedAccessException");
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSVariable";
    }
}
