package org.jposh.interpreter.runtime;

/**
 * {@code [NullString]::Value} (System.Management.Automation.Language.NullString): what a script
 * passes to a .NET method for a null string, since $null converted to [string] is ''. Its string is empty.
 */
public final class NullString {
    public static final NullString VALUE = new NullString();
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Language", "NullString",
            NullString.class, b -> b.staticProperty("Value", NullString.TYPE, () -> VALUE));

    static {
        CoreTypes.register(TYPE, "NullString");
    }

    private NullString() {
    }

    @Override
    public String toString() {
        return "";
    }
}
