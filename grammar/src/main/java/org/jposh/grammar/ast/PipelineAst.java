package org.jposh.grammar.ast;

import java.util.List;

/**
 * Commands or expressions joined by {@code |}; a lone expression is a pipeline of one element. {@code background} is
 * set by a trailing {@code &}.
 */
public record PipelineAst(Extent extent, List<CommandBaseAst> pipelineElements, boolean background)
        implements ChainableAst {
    public PipelineAst {
        pipelineElements = pipelineElements == null ? null : List.copyOf(pipelineElements);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitPipeline(this);
    }
}
