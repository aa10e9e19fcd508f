package org.jposh.grammar.ast;

import java.util.List;

/** Commands or expressions joined by {@code |}; a lone expression is a pipeline of one element. */
public record PipelineAst(Extent extent, List<CommandBaseAst> elements) implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitPipeline(this);
    }
}
