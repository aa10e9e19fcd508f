package org.jposh.grammar.ast;

import java.util.List;

/**
 * An attribute with an argument list, such as {@code [Parameter(Mandatory, Position = 0)]}.
 */
public record AttributeAst(Extent extent, ITypeName typeName, List<ExpressionAst> positionalArguments,
        List<NamedAttributeArgumentAst> namedArguments) implements AttributeBaseAst {
    public AttributeAst {
        positionalArguments = positionalArguments == null ? null : List.copyOf(positionalArguments);
        namedArguments = namedArguments == null ? null : List.copyOf(namedArguments);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitAttribute(this);
    }
}
