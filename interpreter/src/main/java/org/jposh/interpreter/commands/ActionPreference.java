package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.PSObject;

/** What a command does with a stream's records, as -ErrorAction and $ErrorActionPreference say (values as .NET's). */
public enum ActionPreference {
    SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break;

    /** [System.Management.Automation.ActionPreference], the type of the preference variables' values. */
    public static final DotNetType TYPE = CoreTypes.defineEnum("System.Management.Automation", "ActionPreference",
            false, "SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break");

    /** This preference as the script sees it ($ErrorActionPreference's value), an enum value that prints as its name. */
    public EnumValue value() {
        return new EnumValue(TYPE, ordinal());
    }

    /**
     * The preference a variable's value names ({@code 'Stop'}, {@code [ActionPreference]::Stop}, 1), or
     * {@code fallback} when it names none.
     */
    public static ActionPreference from(Object value, ActionPreference fallback) {
        Object base = PSObject.base(value);
        ActionPreference preference = null;
        if (base instanceof ActionPreference p) {
            preference = p;
        } else if (base instanceof EnumValue || base instanceof Integer || base instanceof Long) {
            long number = base instanceof EnumValue e ? e.value() : ((Number) base).longValue();
            preference = number >= 0 && number < values().length ? values()[(int) number] : null;
        } else if (base instanceof String s) {
            for (ActionPreference p : values()) {
                if (p.name().equalsIgnoreCase(s.strip())) {
                    preference = p;
                }
            }
        }
        return preference == null ? fallback : preference;
    }
}
