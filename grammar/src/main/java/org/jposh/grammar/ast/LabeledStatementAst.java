package org.jposh.grammar.ast;

/** A statement that {@code break} and {@code continue} can name: a loop or a {@code switch}. */
public sealed interface LabeledStatementAst extends StatementAst permits SwitchStatementAst, LoopStatementAst {
    /** The label written before the keyword ({@code :outer foreach ...}), without the colon, or null. */
    String label();

    PipelineBaseAst condition();
}
