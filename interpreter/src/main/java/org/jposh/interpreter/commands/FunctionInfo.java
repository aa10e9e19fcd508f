package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * A function or filter defined by {@code function name { ... }}: its name and body, and the module that
 * exports it (null for none), by which {@code Module\name} finds it.
 */
public record FunctionInfo(String name, ScriptBlock scriptBlock, String moduleName) implements ScriptCommandInfo {
    public FunctionInfo(String name, ScriptBlock scriptBlock) {
        this(name, scriptBlock, null);
    }

    @Override
    public CommandTypes commandType() {
        return scriptBlock.isFilter() ? CommandTypes.Filter : CommandTypes.Function;
    }

    /** The body's text, as Get-Command shows it in Definition. */
    @Override
    public String definition() {
        return scriptBlock.toString();
    }

    /** CommandInfo.ToString(): the name. */
    @Override
    public String toString() {
        return name();
    }
}
