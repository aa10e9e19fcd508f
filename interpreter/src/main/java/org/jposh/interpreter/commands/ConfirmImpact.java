package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.PSObject;

/**
 * How much harm a command's change can do (pwsh's ConfirmImpact), declared by a command and compared
 * with $ConfirmPreference: a command asks before a change when its impact is at least the preference.
 * The values are .NET's, in order.
 */
public enum ConfirmImpact {
    None, Low, Medium, High;

    /** [System.Management.Automation.ConfirmImpact], the type of $ConfirmPreference's values. */
    public static final DotNetType TYPE = CoreTypes.defineEnum("System.Management.Automation", "ConfirmImpact", false,
            "None", "Low", "Medium", "High");

    /** This impact as the script sees it, an enum value that prints as its name. */
    public EnumValue value() {
        return new EnumValue(TYPE, ordinal());
    }

    /**
     * The impact a preference variable's value names ({@code 'Low'}, {@code [ConfirmImpact]::Low}, 1), or
     * {@code fallback} when it names none, as pwsh reads $ConfirmPreference.
     */
    public static ConfirmImpact from(Object value, ConfirmImpact fallback) {
        Object base = PSObject.base(value);
        if (base instanceof ConfirmImpact impact) {
            return impact;
        }
        if (base instanceof EnumValue || base instanceof Integer || base instanceof Long) {
            long number = base instanceof EnumValue e ? e.value() : ((Number) base).longValue();
            return number >= 0 && number < values().length ? values()[(int) number] : fallback;
        }
        if (base instanceof String s) {
            String name = s.strip();
            for (ConfirmImpact impact : values()) {
                if (impact.name().equalsIgnoreCase(name)) {
                    return impact;
                }
            }
        }
        return fallback;
    }
}
