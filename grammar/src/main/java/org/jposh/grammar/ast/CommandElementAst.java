package org.jposh.grammar.ast;

/** Something that can appear in a command invocation: a parameter token or an argument expression. */
public sealed interface CommandElementAst extends Ast permits CommandParameterAst, ExpressionAst {
}
