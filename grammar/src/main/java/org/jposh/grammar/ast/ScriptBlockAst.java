package org.jposh.grammar.ast;

import java.util.List;

/**
 * A whole script, or the body of a script block or function: its {@code using} statements (scripts only), its
 * {@code param} block, and its named blocks. A body without named blocks has its statements in an unnamed
 * {@code end} block ({@code process} for a filter). Absent parts are null; {@code scriptRequirements} holds what
 * {@code #requires} lines asked for, or is null.
 */
public record ScriptBlockAst(Extent extent, List<UsingStatementAst> usingStatements, ParamBlockAst paramBlock,
        NamedBlockAst beginBlock, NamedBlockAst processBlock, NamedBlockAst endBlock, NamedBlockAst cleanBlock,
        NamedBlockAst dynamicParamBlock, ScriptRequirements scriptRequirements) implements Ast {
    public ScriptBlockAst {
        usingStatements = List.copyOf(usingStatements);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitScriptBlock(this);
    }
}
