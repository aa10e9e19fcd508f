package org.jposh.grammar.ast;

import java.util.List;

/**
 * A {@code class} or {@code enum}: its attributes, base types (for an enum, the underlying type) and members.
 */
public record TypeDefinitionAst(Extent extent, String name, List<AttributeAst> attributes, List<MemberAst> members,
        TypeAttributes typeAttributes, List<TypeConstraintAst> baseTypes) implements StatementAst {
    public TypeDefinitionAst {
        attributes = attributes == null ? null : List.copyOf(attributes);
        members = members == null ? null : List.copyOf(members);
        baseTypes = baseTypes == null ? null : List.copyOf(baseTypes);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitTypeDefinition(this);
    }
}
