package org.jposh.grammar.ast;

import java.util.List;

/**
 * {@code catch [T1], [T2] { ... }}; no types means it catches everything.
 */
public record CatchClauseAst(Extent extent, List<TypeConstraintAst> catchTypes, StatementBlockAst body) implements Ast {
    public CatchClauseAst {
        catchTypes = catchTypes == null ? null : List.copyOf(catchTypes);
    }

    /** True when the clause has no type list and so catches every error. */
    public boolean isCatchAll() {
        return catchTypes.isEmpty();
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitCatchClause(this);
    }
}
