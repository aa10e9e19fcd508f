package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.PSObject;

/** What a command does with a stream's records, as -ErrorAction and $ErrorActionPreference say (values as .NET's). */
public enum ActionPreference {
    SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break;

    /**
     * The preference a variable's value names ({@code 'Stop'}, {@code [ActionPreference]::Stop}, 1), or
     * {@code fallback} when it names none.
     */
    public static ActionPreference from(Object value, ActionPreference fallback) {
        Object base = PSObject.base(value);
        ActionPreference preference = null;
        if (base instanceof ActionPreference p) {
            preference = p;
        } else if (base instanceof Integer i && i >= 0 && i < values().length) {
            preference = values()[i];
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
