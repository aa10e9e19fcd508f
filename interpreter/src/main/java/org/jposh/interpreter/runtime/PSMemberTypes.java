package org.jposh.interpreter.runtime;

/**
 * The kinds of members (System.Management.Automation.PSMemberTypes without its combined values
 * Properties, Methods and All), in pwsh's order. JPosh's objects have aliases, note, script and adapted
 * properties, and adapted and script methods; Get-Member and Add-Member accept the other names.
 */
public enum PSMemberTypes {
    AliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, PropertySet, Method, CodeMethod,
    ScriptMethod, ParameterizedProperty, MemberSet, Event, Dynamic, InferredProperty
}
