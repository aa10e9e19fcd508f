package org.jposh.grammar.ast;

/**
 * {@code trap [Type] {...}}; {@code trapType} is null for a trap that handles every error.
 */
public record TrapStatementAst(Extent extent, TypeConstraintAst trapType, StatementBlockAst body)
        implements StatementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitTrap(this);
    }
}
