package org.jposh.grammar.ast;

/**
 * A variable reference {@code $name}, {@code ${any name}}, {@code $scope:name}; {@code splatted} for {@code @name}.
 */
public record VariableExpressionAst(Extent extent, VariablePath variablePath, boolean splatted)
        implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitVariableExpression(this);
    }
}
