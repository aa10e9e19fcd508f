package org.jposh.interpreter.commands;

/** The kinds of command (pwsh's CommandTypes), as Get-Command reports them. */
public enum CommandTypes {
    Alias, Function, Filter, Cmdlet, ExternalScript, Application, Script
}
