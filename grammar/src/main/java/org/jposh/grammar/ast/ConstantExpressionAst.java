package org.jposh.grammar.ast;

/** A number literal; {@code value} is an Integer, Long, Double or BigDecimal as the tokenizer typed it. */
public record ConstantExpressionAst(Extent extent, Object value) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitConstantExpression(this);
    }
}
