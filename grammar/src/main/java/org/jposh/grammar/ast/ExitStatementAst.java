package org.jposh.grammar.ast;

/**
 * {@code exit [pipeline]}; the pipeline, when present, gives the exit code.
 */
public record ExitStatementAst(Extent extent, PipelineBaseAst pipeline) implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitExitStatement(this);
    }
}
