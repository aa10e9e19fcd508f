package org.jposh.grammar.ast;

/**
 * A parameter token such as {@code -Name}; {@code argument} is set when the value was glued to it with a colon
 * ({@code -Name:value}), otherwise null. {@code errorPosition} is the parameter token itself.
 */
public record CommandParameterAst(Extent extent, String parameterName, ExpressionAst argument, Extent errorPosition)
        implements CommandElementAst {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitCommandParameter(this);
    }
}
