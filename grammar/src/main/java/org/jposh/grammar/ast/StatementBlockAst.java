package org.jposh.grammar.ast;

import java.util.List;

/**
 * A braced list of statements, such as the body of an {@code if} or a loop, or the inside of {@code $( )}.
 * Traps are kept apart because they apply to the whole block, wherever they are written.
 */
public record StatementBlockAst(Extent extent, List<StatementAst> statements, List<TrapStatementAst> traps)
        implements Ast {
    public StatementBlockAst {
        statements = statements == null ? null : List.copyOf(statements);
        traps = traps == null ? null : List.copyOf(traps);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitStatementBlock(this);
    }
}
