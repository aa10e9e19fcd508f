package org.jposh.grammar.ast;

import java.util.List;

/**
 * {@code param(...)} at the start of a script block, with the attributes written before it ({@code [CmdletBinding()]}).
 */
public record ParamBlockAst(Extent extent, List<AttributeAst> attributes, List<ParameterAst> parameters)
        implements Ast {
    public ParamBlockAst {
        attributes = attributes == null ? null : List.copyOf(attributes);
        parameters = parameters == null ? null : List.copyOf(parameters);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitParamBlock(this);
    }
}
