package org.jposh.grammar.ast;

/**
 * {@code a && b} or {@code a || b}; chains nest to the left, so {@code a && b || c} is {@code (a && b) || c}.
 */
public record PipelineChainAst(Extent extent, ChainableAst lhsPipelineChain, PipelineAst rhsPipeline,
        TokenKind operator, boolean background) implements ChainableAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitPipelineChain(this);
    }
}
