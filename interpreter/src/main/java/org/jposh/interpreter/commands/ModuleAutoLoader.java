package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.SessionState;

/**
 * pwsh's module auto-loading: when a name is no command the session has, an available module (in
 * $env:PSModulePath) that exports it is imported, and the command runs. The library that implements modules (the
 * standard library) sets one on each session ({@link SessionState#setModuleAutoLoader}).
 */
public interface ModuleAutoLoader {
    /**
     * Imports, into the global scope, the first available module that exports the command; only a module of that
     * name when {@code moduleName} is given ({@code Module\Command}). Returns whether one was imported.
     */
    boolean importModuleExporting(SessionState session, String moduleName, String commandName);
}
