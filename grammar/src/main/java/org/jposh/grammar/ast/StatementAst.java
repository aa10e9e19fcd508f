package org.jposh.grammar.ast;

/** A statement: a pipeline, an assignment, or one of the keyword forms. */
public sealed interface StatementAst extends Ast permits PipelineBaseAst, IfStatementAst, LabeledStatementAst,
        TryStatementAst, TrapStatementAst, BreakStatementAst, ContinueStatementAst, ReturnStatementAst,
        ExitStatementAst, ThrowStatementAst, FunctionDefinitionAst, DataStatementAst, UsingStatementAst,
        TypeDefinitionAst {
}
