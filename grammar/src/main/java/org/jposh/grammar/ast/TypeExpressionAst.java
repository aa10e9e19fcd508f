package org.jposh.grammar.ast;

/**
 * A type literal used as a value: {@code [int]}, {@code [System.IO.Path]} in {@code [System.IO.Path]::Combine(...)}.
 */
public record TypeExpressionAst(Extent extent, ITypeName typeName) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitTypeExpression(this);
    }
}
