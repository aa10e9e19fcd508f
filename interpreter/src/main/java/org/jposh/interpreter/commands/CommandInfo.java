package org.jposh.interpreter.commands;

/** A command the session can run, as command discovery finds it and Get-Command shows it. */
public interface CommandInfo {
    String name();

    CommandTypes commandType();
}
