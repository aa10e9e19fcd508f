package org.jposh.grammar.ast;

import java.util.List;

/**
 * {@code if (c) {...} elseif (c) {...} else {...}}: the {@code if} and {@code elseif} clauses in order, and the
 * {@code else} block or null.
 */
public record IfStatementAst(Extent extent, List<Clause> clauses, StatementBlockAst elseClause)
        implements StatementAst {
    public IfStatementAst {
        clauses = clauses == null ? null : List.copyOf(clauses);
    }

    /** A condition and the block run when it holds. */
    public record Clause(PipelineBaseAst condition, StatementBlockAst body) {
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitIfStatement(this);
    }
}
