package org.jposh.grammar.ast;

import java.util.List;

/**
 * A {@code begin}, {@code process}, {@code end}, {@code clean} or {@code dynamicparam} block. A script block without
 * named blocks has one unnamed block holding its statements: {@code end}, or {@code process} for a filter.
 */
public record NamedBlockAst(Extent extent, TokenKind blockKind, boolean unnamed, List<StatementAst> statements,
        List<TrapStatementAst> traps) implements Ast {
    public NamedBlockAst {
        statements = statements == null ? null : List.copyOf(statements);
        traps = traps == null ? null : List.copyOf(traps);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitNamedBlock(this);
    }
}
