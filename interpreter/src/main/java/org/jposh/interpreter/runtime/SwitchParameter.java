package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.SWITCH_PARAMETER;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

/**
 * [switch] (System.Management.Automation.SwitchParameter), the value a script's switch parameter holds:
 * {@code $Force.IsPresent}, {@code $Force.ToBool()}, true in conditions when present, equal to $true when present.
 * Converts from $null (not present) and booleans (its implicit operator) only; to bool by IsPresent.
 */
public final class SwitchParameter {
    public static final SwitchParameter PRESENT = new SwitchParameter(true);
    public static final SwitchParameter NOT_PRESENT = new SwitchParameter(false);

    private final boolean present;

    private SwitchParameter(boolean present) {
        this.present = present;
    }

    public static SwitchParameter of(boolean present) {
        return present ? PRESENT : NOT_PRESENT;
    }

    public boolean isPresent() {
        return present;
    }

    /** SwitchParameter.Equals: another switch or a bool with the same IsPresent. */
    @Override
    public boolean equals(Object other) {
        Object base = PSObject.base(other);
        return base instanceof SwitchParameter s ? s.present == present
                : base instanceof Boolean b && b == present;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(present);
    }

    /** As .NET's: IsPresent's text, "True" or "False". */
    @Override
    public String toString() {
        return present ? "True" : "False";
    }

    /** {@code [switch]$value}: $null is not present, a bool is its value, anything else does not convert. */
    static Object convert(Object value) {
        Object base = PSObject.base(value);
        if (base instanceof Boolean b) {
            return of(b);
        }
        throw LanguagePrimitives.invalidCast(base, SWITCH_PARAMETER);
    }

    static void define(TypeAdapter.Builder b) {
        b.staticProperty("Present", SWITCH_PARAMETER, () -> PRESENT);
        b.constructor((t, a) -> of((Boolean) a[0]), param("isPresent", BOOLEAN));
        b.property("IsPresent", BOOLEAN, s -> ((SwitchParameter) s).present);
        b.method("ToBool", BOOLEAN, (t, a) -> ((SwitchParameter) t).present);
        b.method("ToString", STRING, (t, a) -> t.toString());
        b.method("Equals", BOOLEAN, (t, a) -> t.equals(a[0]), param("obj", OBJECT));
    }
}
