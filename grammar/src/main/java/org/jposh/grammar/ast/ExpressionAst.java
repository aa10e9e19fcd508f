package org.jposh.grammar.ast;

/** An expression: anything that produces a value. */
public sealed interface ExpressionAst extends CommandElementAst
        permits BinaryExpressionAst, UnaryExpressionAst, ConstantExpressionAst, StringConstantExpressionAst,
                VariableExpressionAst, ParenExpressionAst {
}
