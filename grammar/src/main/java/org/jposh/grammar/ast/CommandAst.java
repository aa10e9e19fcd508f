package org.jposh.grammar.ast;

import java.util.List;

/**
 * A command invocation; the first element names the command (a bare word, or any expression after {@code &} or
 * {@code .}), the rest are its parameters and arguments. {@code invocationOperator} is {@link TokenKind#AMPERSAND},
 * {@link TokenKind#DOT} or {@link TokenKind#UNKNOWN}.
 */
public record CommandAst(Extent extent, List<CommandElementAst> commandElements, TokenKind invocationOperator,
        List<RedirectionAst> redirections) implements CommandBaseAst {
    public CommandAst {
        commandElements = commandElements == null ? null : List.copyOf(commandElements);
        redirections = redirections == null ? null : List.copyOf(redirections);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitCommand(this);
    }
}
