package org.jposh.grammar.ast;

import java.util.List;

/**
 * {@code @{ key = value; ... }}: keys are expressions (bare words are string constants), values are statements.
 */
public record HashtableAst(Extent extent, List<KeyValuePair> keyValuePairs) implements ExpressionAst {
    public HashtableAst {
        keyValuePairs = keyValuePairs == null ? null : List.copyOf(keyValuePairs);
    }

    /** One {@code key = value} entry. */
    public record KeyValuePair(ExpressionAst key, StatementAst value) {
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitHashtable(this);
    }
}
