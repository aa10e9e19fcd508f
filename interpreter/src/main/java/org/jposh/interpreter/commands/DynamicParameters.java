package org.jposh.interpreter.commands;

/**
 * A cmdlet with parameters that depend on its other arguments (pwsh's IDynamicParameters), such as
 * Get-ChildItem's -File, which the FileSystem provider adds. After the cmdlet's own parameters are
 * bound, the binder asks it for {@link #getDynamicParameters()}: an object whose {@link Parameter}
 * fields are further parameters (bound into that object, which the cmdlet keeps), or a
 * {@link RuntimeDefinedParameterDictionary}, or null for none.
 */
public interface DynamicParameters {
    Object getDynamicParameters();
}
