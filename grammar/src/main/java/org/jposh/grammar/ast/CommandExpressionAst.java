package org.jposh.grammar.ast;

/** An expression used as a pipeline element, such as {@code 1 + 2} or {@code $x}. */
public record CommandExpressionAst(Extent extent, ExpressionAst expression) implements CommandBaseAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitCommandExpression(this);
    }
}
