package org.jposh.grammar.ast;

import java.util.Set;

/**
 * {@code foreach [-parallel] ($x in pipeline) {...}}; {@code condition} is the enumerated pipeline.
 */
public record ForEachStatementAst(Extent extent, String label, Set<ForEachFlags> flags, ExpressionAst throttleLimit,
        VariableExpressionAst variable, PipelineBaseAst condition, StatementBlockAst body) implements LoopStatementAst {
    public ForEachStatementAst {
        flags = flags == null ? null : Set.copyOf(flags);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitForEachStatement(this);
    }
}
