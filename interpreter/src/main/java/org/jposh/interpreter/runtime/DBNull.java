package org.jposh.interpreter.runtime;

/**
 * System.DBNull: {@code [DBNull]::Value}, the one value databases use for a missing value. It is an
 * object like any other to PowerShell's operators ({@code ??} keeps it), and its string is empty.
 */
public final class DBNull {
    public static final DBNull VALUE = new DBNull();
    public static final DotNetType TYPE = CoreTypes.define("System", "DBNull", DBNull.class,
            b -> b.staticField("Value", DBNull.TYPE, () -> VALUE));

    static {
        CoreTypes.register(TYPE);
    }

    private DBNull() {
    }

    @Override
    public String toString() {
        return "";
    }
}
