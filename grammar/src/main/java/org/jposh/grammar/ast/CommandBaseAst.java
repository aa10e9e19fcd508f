package org.jposh.grammar.ast;

import java.util.List;

/** An element of a pipeline: a command or an expression, with the redirections written after it. */
public sealed interface CommandBaseAst extends Ast permits CommandAst, CommandExpressionAst {
    List<RedirectionAst> redirections();
}
