package org.jposh.grammar.ast;

import java.util.List;

/**
 * {@code function name (params) {...}} or {@code filter name {...}}. {@code parameters} holds the parameters written
 * after the name, or is null when there are none, also for empty parentheses as in pwsh (a {@code param} block inside
 * the body is part of the body).
 */
public record FunctionDefinitionAst(Extent extent, boolean isFilter, boolean isWorkflow, String name,
        List<ParameterAst> parameters, ScriptBlockAst body) implements StatementAst {
    public FunctionDefinitionAst {
        parameters = parameters == null || parameters.isEmpty() ? null : List.copyOf(parameters);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitFunctionDefinition(this);
    }
}
