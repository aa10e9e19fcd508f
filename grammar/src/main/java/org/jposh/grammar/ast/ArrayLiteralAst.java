package org.jposh.grammar.ast;

import java.util.List;

/**
 * {@code a, b, c}; a unary comma {@code ,x} is an array literal of one element.
 */
public record ArrayLiteralAst(Extent extent, List<ExpressionAst> elements) implements ExpressionAst {
    public ArrayLiteralAst {
        elements = elements == null ? null : List.copyOf(elements);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitArrayLiteral(this);
    }
}
