package org.jposh.grammar.ast;

import java.util.List;

/**
 * {@code data [name] [-SupportedCommand a, b] {...}}: a restricted-language section; {@code variable} may be null.
 */
public record DataStatementAst(Extent extent, String variable, List<ExpressionAst> commandsAllowed,
        StatementBlockAst body) implements StatementAst {
    public DataStatementAst {
        commandsAllowed = commandsAllowed == null ? null : List.copyOf(commandsAllowed);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitDataStatement(this);
    }
}
