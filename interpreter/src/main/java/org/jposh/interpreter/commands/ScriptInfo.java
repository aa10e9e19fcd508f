package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * A script block run as a command ({@code & { ... }}, {@code . { ... }}): what {@code $MyInvocation.MyCommand} is
 * inside it, as pwsh's ScriptInfo. It has no name; its definition and its string are the block's text.
 */
public record ScriptInfo(ScriptBlock scriptBlock) implements ScriptCommandInfo {
    @Override
    public String name() {
        return "";
    }

    @Override
    public CommandTypes commandType() {
        return CommandTypes.Script;
    }

    @Override
    public String definition() {
        return scriptBlock.toString();
    }

    /** ScriptInfo.ToString(): the block's text. */
    @Override
    public String toString() {
        return definition();
    }
}
