package org.jposh.grammar.ast;

/** A redirection written after a command or expression. */
public sealed interface RedirectionAst extends Ast permits FileRedirectionAst, MergingRedirectionAst {
    RedirectionStream fromStream();
}
