package org.jposh.grammar.ast;

/**
 * {@code 2>&1}: a stream merged into another (only into the output stream, as in pwsh).
 */
public record MergingRedirectionAst(Extent extent, RedirectionStream fromStream, RedirectionStream toStream)
        implements RedirectionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitMergingRedirection(this);
    }
}
