package org.jposh.grammar.ast;

/**
 * A number literal. {@code value} is typed as PowerShell's tokenizer types it: Integer, Long, Double, BigDecimal
 * (decimal), BigInteger, Byte (sbyte), Short, or {@link UnsignedValue} for the unsigned suffixes.
 */
public record ConstantExpressionAst(Extent extent, Object value) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitConstantExpression(this);
    }
}
