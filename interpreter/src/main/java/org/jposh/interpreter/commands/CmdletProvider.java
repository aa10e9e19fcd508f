package org.jposh.interpreter.commands;

import java.util.List;
import org.jposh.interpreter.runtime.SessionState;

/**
 * The service through which modules above the interpreter (the standard library, remoting) contribute
 * built-in cmdlets, found with {@link java.util.ServiceLoader}.
 */
public interface CmdletProvider {
    List<Class<? extends PSCmdlet>> cmdlets();

    /**
     * The PowerShell module a cmdlet of {@link #cmdlets()} belongs to, as Get-Command shows its Source;
     * "" for a provider that does not say.
     */
    default String moduleName(Class<? extends PSCmdlet> cmdlet) {
        return "";
    }

    /** The version of that module, as Get-Command shows it. */
    default String moduleVersion(String moduleName) {
        return "0.0.0.0";
    }

    /**
     * Sets up what the provider's module gives every new session besides cmdlets, such as automatic
     * variables whose values are its types ($PWD is a PathInfo). Most providers have nothing to set up.
     */
    default void initializeSession(SessionState sessionState) {
    }
}
