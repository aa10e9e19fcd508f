package org.jposh.interpreter.commands;

import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * One parameter of a command, as the binder sees it.
 *
 * @param position the position, or {@link Parameter#NAMED}
 * @param setter sets the parameter's field on a cmdlet instance: (cmdlet, value) -> void
 */
public record ParameterMetadata(String name, List<String> aliases, Class<?> type, int position, boolean mandatory,
                                boolean valueFromPipeline, boolean valueFromRemainingArguments, String helpMessage,
                                MethodHandle setter) {

    public boolean isSwitch() {
        return type == boolean.class;
    }

    public boolean isPositional() {
        return position != Parameter.NAMED;
    }

    /** How PowerShell names this parameter's type in messages, such as {@code System.Object[]}. */
    public String typeName() {
        if (type == Object[].class) {
            return "System.Object[]";
        }
        if (type == boolean.class) {
            return "System.Management.Automation.SwitchParameter";
        }
        if (type == String.class) {
            return "System.String";
        }
        if (type == int.class || type == Integer.class) {
            return "System.Int32";
        }
        return type == Object.class ? "System.Object" : type.getName();
    }
}
