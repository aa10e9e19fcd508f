package org.jposh.grammar.ast;

import java.util.List;

/**
 * A method call {@code target.Method(args)}, {@code [type]::Method(args)}, {@code target?.Method(args)}; a script block
 * written right after the name ({@code .Where{...}}) is its only argument. {@code genericTypeArguments} holds
 * {@code .Method[T](...)} type arguments, or is null.
 */
public record InvokeMemberExpressionAst(Extent extent, ExpressionAst expression, ExpressionAst member,
        List<ExpressionAst> arguments, boolean isStatic, boolean nullConditional,
        List<ITypeName> genericTypeArguments) implements ExpressionAst {
    public InvokeMemberExpressionAst {
        arguments = arguments == null ? null : List.copyOf(arguments);
        genericTypeArguments = genericTypeArguments == null ? null : List.copyOf(genericTypeArguments);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitInvokeMemberExpression(this);
    }
}
