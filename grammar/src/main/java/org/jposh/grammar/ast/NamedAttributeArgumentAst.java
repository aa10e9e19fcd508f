package org.jposh.grammar.ast;

/**
 * {@code Name = value} in an attribute; a bare {@code Mandatory} has the value {@code $true} and
 * {@code expressionOmitted} set.
 */
public record NamedAttributeArgumentAst(Extent extent, String argumentName, ExpressionAst argument,
        boolean expressionOmitted) implements Ast {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitNamedAttributeArgument(this);
    }
}
