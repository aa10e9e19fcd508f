package org.jposh.grammar.ast;

/**
 * {@code using namespace|module|assembly name [= alias]}; {@code using module @{...}} has a module specification
 * instead of (or besides) a name.
 */
public record UsingStatementAst(Extent extent, UsingStatementKind usingStatementKind,
        StringConstantExpressionAst name, StringConstantExpressionAst alias, HashtableAst moduleSpecification)
        implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitUsingStatement(this);
    }
}
