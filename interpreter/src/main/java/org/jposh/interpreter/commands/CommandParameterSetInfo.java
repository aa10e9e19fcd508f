package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * One parameter set of a command (PowerShell's CommandParameterSetInfo): its name, whether it is the
 * default, and its parameters in declaration order. Its string is the set's syntax, as Get-Command
 * -Syntax prints it after the command name.
 */
public record CommandParameterSetInfo(String name, boolean isDefault, List<CommandParameterInfo> parameters) {

    /**
     * The syntax of the set: positional parameters by position, then mandatory named ones, then the
     * other named ones, with the common parameters folded into {@code [<CommonParameters>]} when all
     * of them are there.
     */
    @Override
    public String toString() {
        List<CommandParameterInfo> positional = new ArrayList<>();
        List<CommandParameterInfo> namedMandatory = new ArrayList<>();
        List<CommandParameterInfo> named = new ArrayList<>();
        List<CommandParameterInfo> common = new ArrayList<>();
        for (CommandParameterInfo parameter : parameters) {
            if (parameter.isPositional()) {
                positional.add(parameter);
            } else if (parameter.isMandatory()) {
                namedMandatory.add(parameter);
            } else if (parameter.isCommon()) {
                common.add(parameter);
            } else {
                named.add(parameter);
            }
        }
        positional.sort((a, b) -> Integer.compare(a.position(), b.position()));
        StringBuilder sb = new StringBuilder();
        for (List<CommandParameterInfo> group : List.of(positional, namedMandatory, named)) {
            for (CommandParameterInfo parameter : group) {
                append(sb, parameter);
            }
        }
        if (!common.isEmpty() && common.size() == CommonParameters.commonParameters().size()) {
            sb.append(sb.isEmpty() ? "" : " ").append("[<CommonParameters>]");
        } else {
            for (CommandParameterInfo parameter : common) {
                append(sb, parameter);
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, CommandParameterInfo parameter) {
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        String name = parameter.name();
        if (parameter.isSwitch()) {
            sb.append(parameter.isMandatory() ? "-" + name : "[-" + name + "]");
            return;
        }
        String type = typeText(parameter);
        if (parameter.isMandatory()) {
            sb.append(parameter.isPositional() ? "[-" + name + "] <" + type + ">" : "-" + name + " <" + type + ">");
        } else {
            sb.append(parameter.isPositional() ? "[[-" + name + "] <" + type + ">]" : "[-" + name + " <" + type + ">]");
        }
    }

    /** The type as syntax shows it: the accelerator when there is one, else the name without its namespace. */
    private static String typeText(CommandParameterInfo parameter) {
        String text = parameter.parameterType().powerShellName();
        int generic = text.indexOf('[');
        int dot = text.lastIndexOf('.', generic < 0 || text.startsWith("[]", generic) ? text.length() : generic);
        return dot < 0 ? text : text.substring(dot + 1);
    }
}
