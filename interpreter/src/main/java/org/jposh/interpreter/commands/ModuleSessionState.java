package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * A module as the call operator takes it: {@code & $module { $script:count }} and {@code & $module Get-Internal}
 * run in the module's scope, where its private functions and script variables are, as pwsh runs them in the
 * module's session state (tests reach a module's internals so). The library that loads modules implements it.
 */
public interface ModuleSessionState {
    /** The scope the module's script ran in. */
    SessionStateScope moduleScope();
}
