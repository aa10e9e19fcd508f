package org.jposh.grammar.ast;

/**
 * A string with no expansion: a single-quoted string, a double-quoted string with nothing to expand, or a bare word.
 */
public record StringConstantExpressionAst(Extent extent, String value, StringConstantType stringConstantType)
        implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitStringConstantExpression(this);
    }
}
