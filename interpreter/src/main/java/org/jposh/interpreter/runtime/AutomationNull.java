package org.jposh.interpreter.runtime;

/**
 * The "nothing" a command produces when it outputs no object; distinct from $null in pipelines
 * (it is not sent down a pipeline) but converted to $null when assigned.
 */
public final class AutomationNull {
    public static final AutomationNull VALUE = new AutomationNull();

    private AutomationNull() {
    }

    @Override
    public String toString() {
        return "";
    }
}
