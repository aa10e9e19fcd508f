package org.jposh.grammar.ast;

/** An expression: anything that produces a value. */
public sealed interface ExpressionAst extends CommandElementAst permits TernaryExpressionAst, BinaryExpressionAst,
        UnaryExpressionAst, AttributedExpressionAst, ConvertExpressionAst, MemberExpressionAst,
        InvokeMemberExpressionAst, TypeExpressionAst, VariableExpressionAst, ConstantExpressionAst,
        StringConstantExpressionAst, ExpandableStringExpressionAst, ScriptBlockExpressionAst, ArrayLiteralAst,
        HashtableAst, ArrayExpressionAst, ParenExpressionAst, SubExpressionAst, UsingExpressionAst,
        IndexExpressionAst {
}
