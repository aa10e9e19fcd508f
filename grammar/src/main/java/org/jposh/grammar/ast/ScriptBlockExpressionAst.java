package org.jposh.grammar.ast;

/**
 * A script block used as a value: {@code { ... }}.
 */
public record ScriptBlockExpressionAst(Extent extent, ScriptBlockAst scriptBlock) implements ExpressionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitScriptBlockExpression(this);
    }
}
