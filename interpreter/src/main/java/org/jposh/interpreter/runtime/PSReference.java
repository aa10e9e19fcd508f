package org.jposh.interpreter.runtime;

/**
 * {@code [ref]}: a box whose Value can be read and replaced, as out and ref arguments of .NET methods
 * take it ({@code [int]::TryParse("5", [ref]$n)}). The interpreter subclasses it for references to
 * variables, so that setting Value sets the variable.
 */
public class PSReference {
    private Object value;

    public PSReference(Object value) {
        this.value = LanguagePrimitives.automationNullToNull(value);
    }

    public Object getValue() {
        return value;
    }

    public void setValue(Object value) {
        this.value = LanguagePrimitives.automationNullToNull(value);
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSReference";
    }
}
