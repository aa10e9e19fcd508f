package org.jposh.grammar.ast;

import java.util.List;

/** A whole script, or the body of a script block. */
public record ScriptBlockAst(Extent extent, List<StatementAst> statements) implements Ast {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitScriptBlock(this);
    }
}
