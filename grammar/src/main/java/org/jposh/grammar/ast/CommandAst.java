package org.jposh.grammar.ast;

import java.util.List;

/** A command invocation; the first element names the command, the rest are its arguments and parameters. */
public record CommandAst(Extent extent, List<CommandElementAst> elements) implements CommandBaseAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitCommand(this);
    }
}
