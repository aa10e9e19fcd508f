package org.jposh.grammar.ast;

import java.util.List;

/**
 * An expression used as a pipeline element, such as {@code 1 + 2} or {@code $x}, with its redirections.
 */
public record CommandExpressionAst(Extent extent, ExpressionAst expression, List<RedirectionAst> redirections)
        implements CommandBaseAst {
    public CommandExpressionAst {
        redirections = redirections == null ? null : List.copyOf(redirections);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitCommandExpression(this);
    }
}
