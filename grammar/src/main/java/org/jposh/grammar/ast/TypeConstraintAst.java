package org.jposh.grammar.ast;

/**
 * A type in brackets used as a constraint or cast, such as {@code [int]} in {@code [int]$x}.
 */
public record TypeConstraintAst(Extent extent, ITypeName typeName) implements AttributeBaseAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitTypeConstraint(this);
    }
}
