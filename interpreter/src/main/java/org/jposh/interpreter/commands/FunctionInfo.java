package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * A function or filter defined by {@code function name { ... }}: its name and body, the module that
 * exports it (null for none), by which {@code Module\name} finds it, and whether it is private
 * ({@code function private:f}: seen only in the scope that defines it).
 */
public record FunctionInfo(String name, ScriptBlock scriptBlock, String moduleName, boolean isPrivate)
        implements ScriptCommandInfo {
    public FunctionInfo(String name, ScriptBlock scriptBlock) {
        this(name, scriptBlock, null);
    }

    public FunctionInfo(String name, ScriptBlock scriptBlock, String moduleName) {
        this(name, scriptBlock, moduleName, false);
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

    /** Source: the name of the module that exports the function, empty for none. */
    @Override
    public String source() {
        return moduleName == null ? "" : moduleName;
    }

    /** CommandInfo.ToString(): the name. */
    @Override
    public String toString() {
        return name();
    }
}
