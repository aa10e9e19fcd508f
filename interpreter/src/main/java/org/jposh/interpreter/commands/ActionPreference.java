package org.jposh.interpreter.commands;

/** What a command does with a stream's records, as -ErrorAction and $ErrorActionPreference say (values as .NET's). */
public enum ActionPreference {
    SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break
}
