package org.jposh.grammar.ast;

import java.util.List;

/**
 * A string with {@code $var} or {@code $( )} parts: a double-quoted string or here-string, or a bare word such as
 * {@code $dir\file.ps1}. {@code value} is the text with escapes applied and the parts as written;
 * {@code formatExpression} is the text as a .NET format string with {@code {0}}, {@code {1}}... standing for
 * {@code nestedExpressions} (literal braces doubled).
 */
public record ExpandableStringExpressionAst(Extent extent, String value, StringConstantType stringConstantType,
        List<ExpressionAst> nestedExpressions, String formatExpression) implements ExpressionAst {
    public ExpandableStringExpressionAst {
        nestedExpressions = nestedExpressions == null ? null : List.copyOf(nestedExpressions);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitExpandableStringExpression(this);
    }
}
