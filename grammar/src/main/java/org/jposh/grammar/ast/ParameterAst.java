package org.jposh.grammar.ast;

import java.util.List;

/**
 * One parameter of a {@code param} block or function: its attributes and type constraints, name and default
 * value (or null).
 */
public record ParameterAst(Extent extent, VariableExpressionAst name, List<AttributeBaseAst> attributes,
        ExpressionAst defaultValue) implements Ast {
    public ParameterAst {
        attributes = attributes == null ? null : List.copyOf(attributes);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitParameter(this);
    }
}
