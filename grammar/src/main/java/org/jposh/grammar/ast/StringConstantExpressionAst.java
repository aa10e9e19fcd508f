package org.jposh.grammar.ast;

/** A string with no expansion: a quoted string or a bare word argument. */
public record StringConstantExpressionAst(Extent extent, String value, StringConstantType stringConstantType)
        implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitStringConstantExpression(this);
    }
}
