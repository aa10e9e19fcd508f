package org.jposh.grammar.ast;

/**
 * {@code > file}, {@code 2>> file}, {@code *> file}: a stream written to a file.
 */
public record FileRedirectionAst(Extent extent, RedirectionStream fromStream, ExpressionAst location, boolean append)
        implements RedirectionAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitFileRedirection(this);
    }
}
