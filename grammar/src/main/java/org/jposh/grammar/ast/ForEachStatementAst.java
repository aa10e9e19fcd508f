package org.jposh.grammar.ast;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code foreach [-parallel] ($x in pipeline) {...}}; {@code condition} is the enumerated pipeline.
 */
public record ForEachStatementAst(Extent extent, String label, Set<ForEachFlags> flags, ExpressionAst throttleLimit,
        VariableExpressionAst variable, PipelineBaseAst condition, StatementBlockAst body) implements LoopStatementAst {
    public ForEachStatementAst {
        // Enum order, so that the flags print the same way every time.
        flags = flags == null ? null
                : flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitForEachStatement(this);
    }
}
