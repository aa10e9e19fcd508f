package org.jposh.grammar.ast;

import java.util.List;

/**
 * {@code try {...} catch ... {...} finally {...}}; {@code finallyBlock} is null when there is none.
 */
public record TryStatementAst(Extent extent, StatementBlockAst body, List<CatchClauseAst> catchClauses,
        StatementBlockAst finallyBlock) implements StatementAst {
    public TryStatementAst {
        catchClauses = catchClauses == null ? null : List.copyOf(catchClauses);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitTryStatement(this);
    }
}
