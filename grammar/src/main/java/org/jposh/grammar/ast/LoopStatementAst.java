package org.jposh.grammar.ast;

/** A loop with a body. */
public sealed interface LoopStatementAst extends LabeledStatementAst permits ForEachStatementAst, ForStatementAst,
        WhileStatementAst, DoWhileStatementAst, DoUntilStatementAst {
    StatementBlockAst body();
}
