package org.jposh.grammar.ast;

/** An element of a pipeline. */
public sealed interface CommandBaseAst extends Ast permits CommandAst, CommandExpressionAst {
}
