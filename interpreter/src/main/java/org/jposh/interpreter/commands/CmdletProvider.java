package org.jposh.interpreter.commands;

import java.util.List;

/**
 * The service through which modules above the interpreter (the standard library, remoting) contribute
 * built-in cmdlets, found with {@link java.util.ServiceLoader}.
 */
public interface CmdletProvider {
    List<Class<? extends PSCmdlet>> cmdlets();
}
