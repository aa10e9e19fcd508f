package org.jposh.grammar.ast;

/**
 * {@code target.member}, {@code [type]::member} (static) or {@code target?.member} (null-conditional); the member is
 * usually a bare word but may be any expression ({@code $x.$name}, {@code $x.'a b'}).
 */
public record MemberExpressionAst(Extent extent, ExpressionAst expression, ExpressionAst member, boolean isStatic,
        boolean nullConditional) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitMemberExpression(this);
    }
}
