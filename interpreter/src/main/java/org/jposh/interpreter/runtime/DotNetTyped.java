package org.jposh.interpreter.runtime;

/**
 * A value whose .NET type its Java class does not tell: generic collections ({@code List[int]}; Java
 * erases type arguments) and enum values. The value carries its type.
 */
public interface DotNetTyped {
    DotNetType dotNetType();
}
