package org.jposh.grammar.ast;

import java.util.List;

/**
 * A property of a class ({@code [int] $Count = 0}) or a member of an enum ({@code Red = 1}, static, with no type).
 */
public record PropertyMemberAst(Extent extent, String name, TypeConstraintAst propertyType,
        List<AttributeAst> attributes, boolean isStatic, boolean isHidden, ExpressionAst initialValue)
        implements MemberAst {
    public PropertyMemberAst {
        attributes = attributes == null ? null : List.copyOf(attributes);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitPropertyMember(this);
    }
}
