package org.jposh.grammar.ast;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code switch [-regex|-wildcard|-exact] [-casesensitive] (value) { clauses }} or {@code switch -file path {...}}; the
 * {@code default} block is kept apart, as pwsh runs it only when no clause matched.
 */
public record SwitchStatementAst(Extent extent, String label, PipelineBaseAst condition, Set<SwitchFlags> flags,
        List<Clause> clauses, StatementBlockAst defaultClause) implements LabeledStatementAst {
    public SwitchStatementAst {
        // Enum order, so that the flags print the same way every time.
        flags = flags == null ? null
                : flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        clauses = clauses == null ? null : List.copyOf(clauses);
    }

    /** A clause: the value or script block tested, and the block run when it matches. */
    public record Clause(ExpressionAst condition, StatementBlockAst body) {
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitSwitchStatement(this);
    }
}
