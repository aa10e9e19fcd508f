package org.jposh.grammar.ast;

import java.util.Locale;

/** How the names of this package's records and enums read in PowerShell's API (Ast properties, enum values). */
public final class PowerShellNames {
    private PowerShellNames() {
    }

    /** An enum constant as .NET names it: {@code PLUS_EQUALS} is {@code PlusEquals}, {@code IEQ} is {@code Ieq}. */
    public static String of(Enum<?> constant) {
        StringBuilder sb = new StringBuilder();
        for (String part : constant.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** A record component as a .NET property: {@code endBlock} is {@code EndBlock}. */
    public static String property(String component) {
        return Character.toUpperCase(component.charAt(0)) + component.substring(1);
    }
}
