package org.jposh.interpreter.runtime;

/** The options of a variable (pwsh's ScopedItemOptions, the flags New-Variable -Option takes). */
public enum ScopedItemOptions {
    None, ReadOnly, Constant, Private, AllScope, Unspecified
}
