package org.jposh.grammar.ast;

import java.util.List;

/**
 * A method or constructor of a class. {@code baseCtorArguments} holds the arguments of {@code : base(...)}, or is
 * null when the constructor does not call a base constructor explicitly.
 */
public record FunctionMemberAst(Extent extent, String name, TypeConstraintAst returnType,
        List<AttributeAst> attributes, boolean isStatic, boolean isHidden, List<ParameterAst> parameters,
        ScriptBlockAst body, boolean isConstructor, List<ExpressionAst> baseCtorArguments) implements MemberAst {
    public FunctionMemberAst {
        attributes = attributes == null ? null : List.copyOf(attributes);
        parameters = parameters == null ? null : List.copyOf(parameters);
        baseCtorArguments = baseCtorArguments == null ? null : List.copyOf(baseCtorArguments);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitFunctionMember(this);
    }
}
