package org.jposh.interpreter.runtime;

/** The kinds of members Get-Member lists (System.Management.Automation.PSMemberTypes). */
public enum PSMemberTypes {
    AliasProperty, NoteProperty, Property, ScriptProperty, Method, ScriptMethod
}
