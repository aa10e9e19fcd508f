package org.jposh.grammar.ast;

/** A simple type name such as {@code int} or {@code System.IO.Path}, optionally assembly-qualified. */
public record TypeName(Extent extent, String name, String assemblyName) implements ITypeName {
    @Override
    public String fullName() {
        return assemblyName == null ? name : name + "," + assemblyName;
    }
}
