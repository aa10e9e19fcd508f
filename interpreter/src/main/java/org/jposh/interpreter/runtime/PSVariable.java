package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jposh.interpreter.commands.ParameterValidation;
import org.jposh.interpreter.commands.ValidationMetadataException;

/**
 * A variable with more than a value: a type constraint ({@code [int]$x = 1} keeps converting later
 * assignments), validation attributes ({@code [ValidateRange(1,5)]$x = 3} keeps checking them), options
 * (read-only, constant, private) or a description. Scopes store plain values
 * directly and switch to a PSVariable only when one of these is needed or when Get-Variable hands the
 * variable out, so that changes made through the object reach the variable.
 */
public class PSVariable {
    private final String name;
    private Object value;
    private DotNetType typeConstraint;
    /** The validation attributes every assignment must pass; null when there are none. */
    private List<ParameterValidation> validations;
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

    /**
     * {@code [ValidateRange(1,5)][int]$x = value} where the scope has no {@code $x}: a new variable whose
     * attributes are added one by one, innermost first, as pwsh's attribute collection adds them: a type
     * converts the value, a validation must accept the value as converted so far.
     *
     * @throws PSRuntimeException pwsh's ValidateSetFailure when a validation refuses the value, or the
     *         conversion's error
     */
    public static PSVariable define(String name, VariableAttributes attributes, Object value) {
        PSVariable variable = new PSVariable(name, value);
        variable.apply(attributes, true);
        return variable;
    }

    /**
     * {@code [ValidateRange(1,5)][int]$x = value} where the scope has {@code $x}: the value goes through the
     * new attributes (types convert, then validations check), and they replace the variable's own, as in
     * pwsh's SetVariableValue; a failure leaves the variable as it was.
     *
     * @throws PSRuntimeException VariableNotWritable, ValidateSetFailure or the conversion's error
     */
    public void redefine(VariableAttributes attributes, Object newValue) {
        if (isReadOnly() || isConstant()) {
            throw notWritable(name);
        }
        PSVariable replacement = new PSVariable(name, newValue);
        replacement.apply(attributes, false);
        value = replacement.checked(replacement.value);
        typeConstraint = replacement.typeConstraint;
        validations = replacement.validations;
    }

    /** Takes the attributes in order, converting the value by each type and, when asked, checking each validation. */
    private void apply(VariableAttributes attributes, boolean checkEach) {
        for (Object attribute : attributes.inOrder()) {
            if (attribute instanceof DotNetType type) {
                typeConstraint = type;
                value = convert(value);
                continue;
            }
            List<ParameterValidation> validation = List.of((ParameterValidation) attribute);
            if (checkEach && !isValid(validation, value)) {
                throw validationFailure(String.format("The attribute cannot be added because variable %s with value "
                        + "%s would no longer be valid.", name, value == null ? ""
                        : LanguagePrimitives.dotNetToString(value)));
            }
            if (validations == null) {
                validations = new ArrayList<>();
            }
            validations.add(validation.getFirst());
        }
    }

    /**
     * Makes a bound parameter's validations the variable's, without checking the value, as pwsh's
     * AddParameterAttributesNoChecks: the binder has checked it already.
     */
    public void useParameterValidations(List<ParameterValidation> parameterValidations) {
        validations = parameterValidations.isEmpty() ? null : parameterValidations;
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
        value = checked(convert(newValue));
    }

    /**
     * Assigns without conversion when none is needed (no constraint, or a value of the constraint's exact
     * class) and the variable is writable and unvalidated; false when the caller must go through
     * {@link #setValue}.
     */
    public boolean trySetDirectly(Object newValue) {
        if (options != 0 && (isReadOnly() || isConstant()) || validations != null) {
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
        value = checked(convert(newValue));
    }

    /** The value, once every validation accepts it; pwsh's ValidateSetFailure otherwise. */
    private Object checked(Object newValue) {
        if (validations != null && !isValid(validations, newValue)) {
            throw validationFailure(String.format("The variable cannot be validated because the value %s is not a "
                    + "valid value for the %s variable.", newValue == null ? "$null"
                    : LanguagePrimitives.dotNetToString(newValue), name));
        }
        return newValue;
    }

    private static boolean isValid(List<ParameterValidation> validations, Object value) {
        try {
            for (ParameterValidation validation : validations) {
                validation.validate(value);
            }
            return true;
        } catch (ValidationMetadataException | PSRuntimeException e) {
            return false;
        }
    }

    private static PSRuntimeException validationFailure(String message) {
        return new PSRuntimeException("ValidateSetFailure", ErrorCategory.MetadataError, message,
                "ValidationMetadataException");
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

    /** Whether the variable has any option (read-only, constant, private, AllScope). */
    public boolean hasOptions() {
        return options != 0;
    }

    /** A variable of the same name, value, type constraint and validations, which changes apart from this one. */
    public PSVariable copy() {
        PSVariable copy = new PSVariable(name, getValue());
        copy.typeConstraint = typeConstraint;
        copy.validations = validations;
        copy.description = description;
        return copy;
    }

    public void addOption(ScopedItemOptions option) {
        if (option != ScopedItemOptions.None && option != ScopedItemOptions.Unspecified) {
            options |= 1 << option.ordinal();
        }
        if (option == ScopedItemOptions.AllScope) {
            AllScopeNames.add(ScopeLayout.key(name));
        }
    }

    public boolean isPrivate() {
        return has(ScopedItemOptions.Private);
    }

    public boolean isConstant() {
        return has(ScopedItemOptions.Constant);
    }

    public boolean isAllScope() {
        return has(ScopedItemOptions.AllScope);
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

    /** pwsh's error for assigning a read-only or constant variable ($true, a Set-Variable -Option ReadOnly one). */
    public static PSRuntimeException notWritable(String name) {
        return new PSRuntimeException("VariableNotWritable", ErrorCategory.WriteError, "Cannot overwrite variable "
                + name + " because it is read-only or constant.", "SessionStateUnauthorizedAccessException");
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSVariable";
    }
}
