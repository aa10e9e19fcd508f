package org.jposh.interpreter.runtime;

/**
 * The "nothing" a command produces when it outputs no object; distinct from $null in pipelines
 * (it is not sent down a pipeline) but converted to $null when assigned. Scripts reach it as
 * {@code [System.Management.Automation.Internal.AutomationNull]::Value}.
 */
public final class AutomationNull {
    public static final AutomationNull VALUE = new AutomationNull();

    /** The type, defined on first use: the interpreter's core types refer to VALUE while they initialise. */
    static final class Type {
        static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Internal", "AutomationNull",
                AutomationNull.class, b -> b.staticProperty("Value", Type.TYPE, () -> VALUE));

        static {
            CoreTypes.register(TYPE);
        }

        private Type() {
        }
    }

    private AutomationNull() {
    }

    @Override
    public String toString() {
        return "";
    }
}
