package org.jposh.grammar.ast;

import java.util.List;

/** A generic type with its arguments: {@code System.Collections.Generic.Dictionary[string, int]}. */
public record GenericTypeName(Extent extent, TypeName typeName, List<ITypeName> genericArguments)
        implements ITypeName {
    public GenericTypeName {
        genericArguments = List.copyOf(genericArguments);
    }

    @Override
    public String fullName() {
        StringBuilder sb = new StringBuilder(typeName.name()).append('[');
        for (int i = 0; i < genericArguments.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            ITypeName argument = genericArguments.get(i);
            boolean qualified = argument instanceof TypeName t && t.assemblyName() != null;
            sb.append(qualified ? "[" + argument.fullName() + "]" : argument.fullName());
        }
        sb.append(']');
        return typeName.assemblyName() == null ? sb.toString() : sb + "," + typeName.assemblyName();
    }

    @Override
    public String name() {
        return fullName();
    }
}
