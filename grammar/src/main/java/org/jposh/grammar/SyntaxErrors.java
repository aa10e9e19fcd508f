package org.jposh.grammar;

import static org.jposh.grammar.PowerShellParser.*;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ScriptSource;

/**
 * Words a syntax error as pwsh's parser does. pwsh parses by recursive descent and reports what the rule it is
 * in expected next ("Missing closing ')' after expression in 'if' statement."), at a position of its choice
 * (usually just after the last thing it parsed). ANTLR stops in the same place: the innermost rule context that
 * has consumed tokens, and its last child, say how far that rule got, which identifies pwsh's error.
 */
final class SyntaxErrors {
    private final ScriptSource source;
    private final Token offending;

    private SyntaxErrors(ScriptSource source, Token offending) {
        this.source = source;
        this.offending = offending;
    }

    /** The error for a parse that failed at {@code offending} while in rule context {@code context}. */
    static ParseException describe(ScriptSource source, ParserRuleContext context, Token offending) {
        return new SyntaxErrors(source, offending).describe(context);
    }

    /**
     * Walks out from the innermost rule. A rule that was entered but consumed nothing is where the parse failed;
     * the rule around it, and what it matched last, say what pwsh would report.
     */
    private ParseException describe(ParserRuleContext context) {
        ParseException attribute = unexpectedAttribute(context);
        if (attribute != null) {
            return attribute;
        }
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            ParseTree last = lastMatched(c);
            if (last == null) {
                continue;
            }
            if (!isPipelineEnd(offending.getType()) && endsWithPipeline(last)) {
                return unexpectedToken();
            }
            ParseException error = describeIn(c, last);
            if (error != null) {
                return error;
            }
            if (!isPipelineEnd(offending.getType()) && isPipelineLevel(c)) {
                // pwsh's PipelineRule: after a pipeline element only these tokens may follow.
                return unexpectedToken();
            }
        }
        if (offending.getType() == PIPE) {
            // A pipeline that starts with '|' (pwsh's PipelineRule finds no element before it).
            return incomplete(extent(offending), "EmptyPipeElement");
        }
        return unexpectedToken();
    }

    /**
     * An attribute such as {@code [Parameter()]} must be followed by the expression it applies to; pwsh reports
     * the attribute when what follows is no expression.
     */
    private ParseException unexpectedAttribute(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            ParseTree last = lastMatched(c);
            if (last == null) {
                continue;
            }
            for (ParseTree t = last; t instanceof ParserRuleContext rule; t = lastMatched(rule)) {
                AttributeOrTypeLiteralContext attribute = null;
                if (rule instanceof UnaryExpressionContext u && u.castTail() == null) {
                    attribute = u.attributeOrTypeLiteral();
                } else if (rule instanceof UnaryExpressionNoCommaContext u && u.castTail() == null) {
                    attribute = u.attributeOrTypeLiteral();
                }
                if (attribute != null && attribute.attributeArguments() != null && attribute.RBRACKET() != null) {
                    return incomplete(source.extent(attribute.getStart().getStartIndex(),
                            attribute.getStop().getStopIndex() + 1), "UnexpectedAttribute",
                            attribute.typeSpec().TYPE_NAME().getText());
                }
            }
            return null;
        }
        return null;
    }

    private static boolean isPipelineEnd(int type) {
        return type == SEMI || type == NEWLINE || type == RPAREN || type == RCURLY || type == Token.EOF
                || type == ANDAND || type == OROR || type == AMPERSAND || type == PIPE;
    }

    /** Whether {@code tree} (complete) ends with a pipeline: {@code { 1 2 }} fails after the pipeline "1". */
    private static boolean endsWithPipeline(ParseTree tree) {
        for (ParseTree t = tree; t instanceof ParserRuleContext rule; t = lastMatched(rule)) {
            if (t instanceof PipelineChainContext || t instanceof PipelineContext) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPipelineLevel(ParserRuleContext c) {
        return c instanceof PipelineChainContext || c instanceof PipelineContext || c instanceof PipelineTailContext
                || c instanceof ChainTailContext || c instanceof PipelineElementContext || c instanceof CommandContext;
    }

    /** The last child of {@code c} that matched tokens, or null. */
    private static ParseTree lastMatched(ParserRuleContext c) {
        for (int i = c.getChildCount() - 1; i >= 0; i--) {
            if (matched(c.getChild(i))) {
                return c.getChild(i);
            }
        }
        return null;
    }

    private static boolean matched(ParseTree tree) {
        if (tree instanceof TerminalNode) {
            return true;
        }
        ParserRuleContext rule = (ParserRuleContext) tree;
        for (int i = 0; i < rule.getChildCount(); i++) {
            if (matched(rule.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} has a child rule of the kind that matched tokens. */
    private static boolean matched(ParserRuleContext c, Class<? extends ParserRuleContext> kind) {
        return matchedRule(c, kind) != null;
    }

    private static <T extends ParserRuleContext> T matchedRule(ParserRuleContext c, Class<T> kind) {
        for (T rule : c.getRuleContexts(kind)) {
            if (matched(rule)) {
                return rule;
            }
        }
        return null;
    }

    /** The error when rule context {@code c} stopped after {@code last}, or null to ask the enclosing rule. */
    private ParseException describeIn(ParserRuleContext c, ParseTree last) {
        Token lastToken = lastToken(last);
        if ((c instanceof ScriptBlockBodyContext ? c : last) instanceof ScriptBlockBodyContext body
                && !body.namedBlock().isEmpty() && offending.getType() != RCURLY && offending.getType() != Token.EOF) {
            // pwsh's NamedBlockListRule: once named blocks started, only more of them may follow.
            return error(extent(offending), "MissingNamedBlocks", offending.getText());
        }
        if (c instanceof BinaryExpressionContext || c instanceof BinaryExpressionNoCommaContext) {
            Token op = operatorBefore(c);
            return op == null ? null : incomplete(after(op), "ExpectedValueExpression", op.getText());
        }
        if (c instanceof ExpressionContext || c instanceof ExpressionNoCommaContext) {
            return ternary(c, last);
        }
        if (c instanceof ArrayLiteralContext || c instanceof CommandArgumentContext) {
            return isToken(last, COMMA) ? incomplete(after(lastToken), "MissingExpressionAfterToken", ",") : null;
        }
        if (c instanceof UnaryExpressionContext || c instanceof UnaryExpressionNoCommaContext) {
            return unary(last);
        }
        if (c instanceof PrefixOperatorContext) {
            return null;
        }
        if (c instanceof PipelineChainContext) {
            return last instanceof AssignmentOperatorContext
                    ? incomplete(after(lastToken), "ExpectedValueExpression", lastToken.getText()) : null;
        }
        if (c instanceof PipelineTailContext || c instanceof PipelineContext) {
            return isToken(last, PIPE) || isToken(last, NEWLINE) && pipeBefore(c)
                    ? incomplete(after(pipeToken(c)), "EmptyPipeElement") : null;
        }
        if (c instanceof ChainTailContext) {
            return chainTail(c, last);
        }
        if (c instanceof CommandContext) {
            if (c.getChildCount() == 1 && lastToken.getType() != GENERIC) {
                return error(extent(lastToken), "MissingExpression", lastToken.getText());
            }
            return offending.getType() == COMMA ? error(extent(offending), "MissingArgument") : null;
        }
        if (c instanceof CommandElementContext) {
            return isToken(last, PARAMETER_COLON)
                    ? error(after(lastToken), "ParameterRequiresArgument", lastToken.getText()) : null;
        }
        if (c instanceof RedirectionContext) {
            return error(after(lastToken), "MissingFileSpecification");
        }
        if (c instanceof PostfixOperatorContext || c instanceof TypeMemberAccessContext) {
            return postfix(c, last, lastToken);
        }
        if (c instanceof MethodInvocationContext) {
            return methodInvocation(last, lastToken);
        }
        if (c instanceof GenericMethodArgumentsContext) {
            return isToken(last, RBRACKET) ? null : incomplete(before(offending), "EndSquareBracketExpectedAtEndOfType");
        }
        if (c instanceof ParenExpressionContext) {
            if (last instanceof PipelineChainContext) {
                return incomplete(after(lastToken), "MissingEndParenthesisInExpression");
            }
            return isToken(last, RPAREN) ? null : incomplete(after(firstToken(c)), "ExpectedExpression");
        }
        if (c instanceof SubExpressionContext || c instanceof ArrayExpressionContext) {
            return incomplete(extent(offending), "MissingEndParenthesisInSubexpression");
        }
        if (c instanceof StatementBlockContext || c instanceof ScriptBlockExpressionContext
                || c instanceof FunctionDefinitionContext && ((FunctionDefinitionContext) c).LCURLY() != null) {
            return missingCurly(firstTokenOfType(c, LCURLY));
        }
        if (c instanceof HashLiteralContext) {
            return missingCurly(after(firstToken(c)));
        }
        if (c instanceof HashEntryContext) {
            return hashEntry(last, lastToken);
        }
        if (c instanceof IfStatementContext || c instanceof ElseIfClauseContext || c instanceof ElseClauseContext) {
            return ifStatement(c, last, lastToken);
        }
        if (c instanceof WhileStatementContext) {
            return loop(c, last, lastToken, "while");
        }
        if (c instanceof DoStatementContext) {
            return doStatement(c, last, lastToken);
        }
        if (c instanceof ForStatementContext || c instanceof ForSeparatorContext) {
            return forStatement(c instanceof ForSeparatorContext ? c.getParent() : c, lastToken);
        }
        if (c instanceof ForeachStatementContext || c instanceof ForeachParameterContext) {
            return foreachStatement(c, last, lastToken);
        }
        if (c instanceof SwitchStatementContext || c instanceof SwitchParameterContext
                || c instanceof SwitchClauseContext) {
            return switchStatement(c, last, lastToken);
        }
        if (c instanceof FunctionDefinitionContext) {
            return functionDefinition(c, last, lastToken);
        }
        if (c instanceof ParamBlockContext) {
            return parameterListEnd(c, last, lastToken);
        }
        if (c instanceof ParameterListContext) {
            return isToken(last, COMMA) ? incomplete(after(lastToken), "MissingExpressionAfterToken", ",") : null;
        }
        if (c instanceof ParameterContext) {
            return parameter(c, last, lastToken);
        }
        if (c instanceof NamedBlockContext) {
            return incomplete(after(lastToken), "MissingNamedStatementBlock", lastToken.getText().toLowerCase());
        }
        if (c instanceof TryStatementContext || c instanceof CatchClauseContext || c instanceof FinallyClauseContext) {
            return tryStatement(c, last, lastToken);
        }
        if (c instanceof TrapStatementContext) {
            return incomplete(after(lastToken), "MissingTrapStatement");
        }
        if (c instanceof DataStatementContext) {
            return isToken(last, PARAMETER) || isToken(last, COMMA)
                    ? incomplete(after(lastToken), "MissingValueForSupportedCommandInDataSectionStatement")
                    : incomplete(after(lastToken), "MissingStatementBlockForDataSection");
        }
        if (isToken(last, USING) || isToken(last, MISPLACED_USING)) {
            return incomplete(after(lastToken), "MissingUsingStatementDirective");
        }
        if (c instanceof UsingBodyContext) {
            return isToken(last, EQUALS) ? incomplete(after(lastToken), "MissingNamespaceAlias")
                    : incomplete(after(lastToken), "MissingUsingItemName");
        }
        if (c instanceof ClassDefinitionContext || c instanceof EnumDefinitionContext) {
            return typeDefinition(c, last, lastToken);
        }
        if (c instanceof ClassMemberContext || c instanceof ClassMethodContext || c instanceof ClassPropertyContext
                || c instanceof BaseConstructorCallContext) {
            return classMember(c, last, lastToken);
        }
        if (c instanceof EnumMemberContext) {
            return isToken(last, EQUALS) ? error(after(lastToken), "ExpectedValueExpression", "=") : null;
        }
        if (c instanceof AttributeOrTypeLiteralContext || c instanceof StatementAttributeContext
                || c instanceof ParamAttributeContext
                || c instanceof TypeLiteralContext || c instanceof TypeSpecContext || c instanceof ArraySpecContext
                || c instanceof GenericArgumentsContext || c instanceof GenericArgumentContext) {
            return typeError(c, last, lastToken);
        }
        if (c instanceof AttributeArgumentsContext) {
            if (isToken(last, COMMA)) {
                return incomplete(after(lastToken), "MissingExpressionAfterToken", ",");
            }
            return incomplete(after(lastToken), "MissingEndParenthesisInExpression");
        }
        if (c instanceof AttributeArgumentContext) {
            return isToken(last, EQUALS) ? incomplete(after(lastToken), "MissingExpressionInNamedArgument") : null;
        }
        if (c instanceof StatementContext statement && statement.BLOCK_KEYWORD() != null) {
            Token keyword = statement.BLOCK_KEYWORD().getSymbol();
            return incomplete(after(keyword), "MissingStatementAfterKeyword", keyword.getText());
        }
        if (c instanceof LabeledStatementContext || c instanceof StatementContext) {
            return null;
        }
        if (c instanceof StatementListContext || c instanceof ScriptBlockBodyContext) {
            return null;
        }
        return null;
    }

    private ParseException ternary(ParserRuleContext c, ParseTree last) {
        Token lastToken = lastToken(last);
        if (isToken(last, QUESTION) || isToken(last, COLON)) {
            return incomplete(after(lastToken), "ExpectedValueExpression", lastToken.getText());
        }
        if (isToken(last, NEWLINE)) {
            Token before = previousNonNewline(c);
            if (before != null && (before.getType() == QUESTION || before.getType() == COLON)) {
                return incomplete(after(before), "ExpectedValueExpression", before.getText());
            }
        }
        boolean inTernary = false;
        for (int i = 0; i < c.getChildCount(); i++) {
            inTernary |= isToken(c.getChild(i), QUESTION);
        }
        if (inTernary && !hasToken(c, COLON)) {
            return incompleteAt(extent(offending), "MissingColonInTernaryExpression");
        }
        return null;
    }

    private ParseException unary(ParseTree last) {
        if (last instanceof PrefixOperatorContext || isToken(last, UNARY_COMMA)) {
            Token op = lastToken(last);
            return incomplete(after(op), "MissingExpressionAfterOperator", op.getText());
        }
        return null;
    }

    private ParseException chainTail(ParserRuleContext c, ParseTree last) {
        if (!(last instanceof ChainOperatorContext) && !isToken(last, NEWLINE)) {
            return null;
        }
        Token op = null;
        for (int i = c.getChildCount() - 1; i >= 0 && op == null; i--) {
            if (c.getChild(i) instanceof ChainOperatorContext chain) {
                op = chain.getStart();
            }
        }
        if (offending.getType() == Token.EOF) {
            return incomplete(after(op), "EmptyPipelineChainElement");
        }
        return error(extent(op).to(extent(offending)), "EmptyPipelineChainElement");
    }

    private ParseException postfix(ParserRuleContext c, ParseTree last, Token lastToken) {
        if (last instanceof MemberAccessOperatorContext || isToken(last, NEWLINE) && !hasRule(c, MemberNameContext.class)
                && hasRule(c, MemberAccessOperatorContext.class)) {
            Token op = ((ParserRuleContext) firstRule(c, MemberAccessOperatorContext.class)).getStart();
            return incomplete(after(op), "MissingPropertyName");
        }
        if (isToken(last, INDEX_LBRACKET) || isToken(last, QUESTION_LBRACKET)) {
            return incomplete(after(lastToken), "MissingArrayIndexExpression");
        }
        if (last instanceof ExpressionContext || isToken(last, NEWLINE) && hasRule(c, ExpressionContext.class)) {
            return incomplete(after(lastToken((ParseTree) firstRule(c, ExpressionContext.class))),
                    "MissingEndSquareBracket");
        }
        return null;
    }

    private ParseException methodInvocation(ParseTree last, Token lastToken) {
        if (isToken(last, COMMA)) {
            return incomplete(after(lastToken), "MissingExpressionAfterToken", ",");
        }
        if (isToken(last, INVOKE_LCURLY) || last instanceof ScriptBlockBodyContext) {
            return missingCurly(extent(lastToken(last instanceof ScriptBlockBodyContext
                    ? ((ParserRuleContext) last).getParent().getChild(0) : last)));
        }
        return incomplete(after(lastNonNewline(last, lastToken)), "MissingEndParenthesisInMethodCall");
    }


    private ParseException hashEntry(ParseTree last, Token lastToken) {
        if (last instanceof HashKeyContext) {
            return error(after(lastToken), "MissingEqualsInHashLiteral");
        }
        if (isToken(last, EQUALS) || isToken(last, NEWLINE)) {
            Token equals = lastToken.getType() == EQUALS ? lastToken : null;
            return equals == null ? null : incomplete(after(equals), "MissingStatementInHashLiteral");
        }
        return null;
    }

    private ParseException ifStatement(ParserRuleContext c, ParseTree last, Token lastToken) {
        Token keyword = c.getStart();
        String name = keyword.getText();
        if (c instanceof ElseClauseContext || keyword.getType() == ELSE) {
            Token elseToken = firstTokenOfTypeToken(c, ELSE);
            return incomplete(after(elseToken), "MissingStatementBlockAfterElse");
        }
        if (keyword.getType() == NEWLINE) {
            keyword = firstTokenOfTypeToken(c, ELSEIF);
            name = keyword.getText();
        }
        Token lParen = firstTokenOfTypeToken(c, LPAREN);
        if (lParen == null) {
            return incomplete(after(keyword), "MissingOpenParenthesisInIfStatement", name);
        }
        if (!hasRule(c, PipelineChainContext.class)) {
            return incomplete(after(lParen), "IfStatementMissingCondition", name);
        }
        Token rParen = firstTokenOfTypeToken(c, RPAREN);
        if (rParen == null) {
            return incompleteAt(extent(offending), "MissingEndParenthesisAfterStatement", name);
        }
        if (!hasRule(c, StatementBlockContext.class)) {
            return incompleteAt(extent(rParen), "MissingStatementBlock", name);
        }
        return null;
    }

    /** A while loop. */
    private ParseException loop(ParserRuleContext c, ParseTree last, Token lastToken, String kind) {
        Token lParen = firstTokenOfTypeToken(c, LPAREN);
        if (lParen == null) {
            return incomplete(after(c.getStart()), "MissingOpenParenthesisAfterKeyword", c.getStart().getText());
        }
        PipelineChainContext condition = firstRule(c, PipelineChainContext.class);
        if (condition == null) {
            return incomplete(after(lParen), "MissingExpressionAfterKeyword", kind);
        }
        Token rParen = firstTokenOfTypeToken(c, RPAREN);
        if (rParen == null) {
            return incomplete(after(lastToken(condition)), "MissingEndParenthesisAfterStatement", kind);
        }
        return incomplete(after(rParen), "MissingLoopStatement", kind);
    }

    private ParseException doStatement(ParserRuleContext c, ParseTree last, Token lastToken) {
        StatementBlockContext body = firstRule(c, StatementBlockContext.class);
        if (body == null) {
            return incomplete(after(c.getStart()), "MissingLoopStatement", "do");
        }
        Token keyword = firstTokenOfTypeToken(c, WHILE);
        if (keyword == null) {
            keyword = firstTokenOfTypeToken(c, UNTIL);
        }
        if (keyword == null) {
            return incomplete(after(lastToken(body)), "MissingWhileOrUntilInDoWhile");
        }
        String kind = keyword.getText().toLowerCase();
        Token lParen = firstTokenOfTypeToken(c, LPAREN);
        if (lParen == null) {
            return incomplete(after(keyword), "MissingOpenParenthesisAfterKeyword", kind);
        }
        PipelineChainContext condition = firstRule(c, PipelineChainContext.class);
        if (condition == null) {
            return incomplete(after(lParen), "MissingExpressionAfterKeyword", kind);
        }
        return incomplete(after(lastToken(condition)), "MissingEndParenthesisAfterStatement", kind);
    }

    private ParseException forStatement(ParserRuleContext c, Token lastToken) {
        Token lParen = firstTokenOfTypeToken(c, LPAREN);
        if (lParen == null) {
            return incomplete(after(c.getStart()), "MissingOpenParenthesisAfterKeyword", "for");
        }
        Token rParen = firstTokenOfTypeToken(c, RPAREN);
        if (rParen == null) {
            Token end = lParen;
            for (int i = 0; i < c.getChildCount(); i++) {
                ParseTree child = c.getChild(i);
                if (child instanceof PipelineChainContext || child instanceof ForSeparatorContext) {
                    end = lastNonNewline(child, lastToken(child));
                }
            }
            return incomplete(after(end), "MissingEndParenthesisAfterStatement", "for");
        }
        return incomplete(after(rParen), "MissingLoopStatement", "for");
    }

    private ParseException foreachStatement(ParserRuleContext c, ParseTree last, Token lastToken) {
        if (c instanceof ForeachParameterContext) {
            return isToken(last, THROTTLE_LIMIT_PARAMETER) ? incomplete(after(lastToken), "MissingThrottleLimit")
                    : null;
        }
        ForeachStatementContext f = (ForeachStatementContext) c;
        if (f.LPAREN() == null) {
            return incomplete(after(f.FOREACH().getSymbol()), "MissingOpenParenthesisAfterKeyword", "foreach");
        }
        if (f.VARIABLE() == null && f.SPLATTED_VARIABLE() == null) {
            return incomplete(after(f.LPAREN().getSymbol()), "MissingVariableNameAfterForeach");
        }
        if (f.IN() == null) {
            Token variable = (f.VARIABLE() != null ? f.VARIABLE() : f.SPLATTED_VARIABLE()).getSymbol();
            return incomplete(after(variable), "MissingInInForeach");
        }
        if (!matched(c, PipelineChainContext.class)) {
            return incomplete(after(f.IN().getSymbol()), "MissingForeachExpression");
        }
        if (f.RPAREN() == null) {
            return incomplete(after(lastToken(f.pipelineChain())), "MissingEndParenthesisAfterForeach");
        }
        return incomplete(after(f.RPAREN().getSymbol()), "MissingForeachStatement");
    }

    private ParseException switchStatement(ParserRuleContext c, ParseTree last, Token lastToken) {
        if (c instanceof SwitchParameterContext) {
            return isToken(last, SWITCH_FILE_PARAMETER) ? incomplete(after(lastToken), "MissingFilenameOption") : null;
        }
        if (c instanceof SwitchClauseContext) {
            return incomplete(after(lastNonNewline(last, lastToken)), "MissingSwitchStatementClause");
        }
        SwitchStatementContext s = (SwitchStatementContext) c;
        if (s.LCURLY() == null) {
            if (s.LPAREN() != null && s.RPAREN() == null) {
                boolean condition = matched(c, PipelineChainContext.class);
                Token end = condition ? lastToken(s.pipelineChain()) : s.LPAREN().getSymbol();
                if (!condition) {
                    return incomplete(after(end), "PipelineValueRequired");
                }
                return incomplete(after(end), "MissingEndParenthesisInSwitchStatement");
            }
            Token end = lastNonNewline(last, lastToken);
            if (s.LPAREN() == null && s.switchParameter().stream().noneMatch(p -> p.SWITCH_FILE_PARAMETER() != null)) {
                return incomplete(after(end), "PipelineValueRequired");
            }
            return incomplete(after(end), "MissingCurlyBraceInSwitchStatement");
        }
        if (offending.getType() == Token.EOF) {
            return missingCurly(extent(s.LCURLY().getSymbol()));
        }
        Token end = lastNonNewline(last, lastToken);
        return incomplete(after(end), "MissingSwitchConditionExpression");
    }

    private ParseException functionDefinition(ParserRuleContext c, ParseTree last, Token lastToken) {
        FunctionDefinitionContext f = (FunctionDefinitionContext) c;
        if (f.GENERIC() == null) {
            return incomplete(after(f.kind), "MissingNameAfterKeyword", f.kind.getText());
        }
        if (f.LPAREN() != null && f.RPAREN() == null) {
            return parameterListEnd(c, last, lastToken);
        }
        Token end = f.RPAREN() != null ? f.RPAREN().getSymbol() : f.GENERIC().getSymbol();
        return incomplete(after(end), "MissingFunctionBody");
    }

    /** A parameter list without its ')'. */
    private ParseException parameterListEnd(ParserRuleContext c, ParseTree last, Token lastToken) {
        Token lParen = firstTokenOfTypeToken(c, LPAREN);
        if (lParen == null) {
            return null;
        }
        ParameterListContext list = firstRule(c, ParameterListContext.class);
        Token end = list == null ? lParen : lastToken(list);
        return incomplete(after(end), "MissingEndParenthesisInFunctionParameterList");
    }

    private ParseException parameter(ParserRuleContext c, ParseTree last, Token lastToken) {
        ParameterContext p = (ParameterContext) c;
        if (p.VARIABLE() == null && p.SPLATTED_VARIABLE() == null) {
            return incomplete(after(lastNonNewline(last, lastToken)), "InvalidFunctionParameter");
        }
        if (p.EQUALS() != null && !matched(c, ExpressionNoCommaContext.class)) {
            return incomplete(after(p.EQUALS().getSymbol()), "MissingExpressionAfterToken", "=");
        }
        return null;
    }

    private ParseException tryStatement(ParserRuleContext c, ParseTree last, Token lastToken) {
        if (c instanceof TryStatementContext t) {
            return matched(c, StatementBlockContext.class) ? null
                    : incomplete(after(t.TRY().getSymbol()), "MissingTryStatementBlock");
        }
        if (c instanceof FinallyClauseContext f) {
            return incomplete(after(f.FINALLY().getSymbol()), "MissingFinallyStatementBlock", "finally");
        }
        if (isToken(last, COMMA)) {
            return incomplete(after(lastToken), "MissingTypeLiteralToken");
        }
        return incomplete(after(lastNonNewline(last, lastToken)), "MissingCatchHandlerBlock");
    }

    private ParseException typeDefinition(ParserRuleContext c, ParseTree last, Token lastToken) {
        Token keyword = c.getStart();
        String kind = keyword.getText().toLowerCase();
        TerminalNode lCurly = c instanceof ClassDefinitionContext cd ? cd.LCURLY() : ((EnumDefinitionContext) c).LCURLY();
        TerminalNode name = c instanceof ClassDefinitionContext cd ? cd.IDENTIFIER()
                : ((EnumDefinitionContext) c).IDENTIFIER();
        if (name == null) {
            return incomplete(after(keyword), "MissingNameAfterKeyword", keyword.getText());
        }
        if (lCurly == null) {
            if (isToken(last, COLON) || isToken(last, COMMA)) {
                return incomplete(after(lastToken), "TypeNameExpected");
            }
            return incomplete(after(lastNonNewline(last, lastToken)), "MissingTypeBody", kind);
        }
        boolean terminated = isTerminatorNext(lastToken);
        if ((last instanceof ClassMemberContext member && member.classProperty() != null
                || last instanceof EnumMemberContext) && !terminated) {
            return incomplete(after(lastToken), "MissingPropertyTerminator");
        }
        if (isToken(last, LCURLY) || last instanceof ClassMemberContext || last instanceof EnumMemberContext
                || last instanceof TerminatorContext) {
            // pwsh's member rule finds no member here, and the body must end.
            return incompleteDetected(after(lCurly.getSymbol()), "MissingEndCurlyBrace");
        }
        return null;
    }

    private ParseException classMember(ParserRuleContext c, ParseTree last, Token lastToken) {
        if (c instanceof BaseConstructorCallContext b) {
            if (b.BASE() == null) {
                return incomplete(after(b.COLON().getSymbol()), "MissingBaseCtorCall");
            }
            if (b.LPAREN() == null) {
                return incomplete(after(b.BASE().getSymbol()), "MissingMethodParameterList");
            }
            return incomplete(after(lastNonNewline(last, lastToken)), "MissingEndParenthesisInMethodCall");
        }
        if (c instanceof ClassPropertyContext p) {
            return p.EQUALS() != null && !matched(c, ExpressionContext.class)
                    ? incomplete(after(p.EQUALS().getSymbol()), "ExpectedValueExpression", "=") : null;
        }
        if (c instanceof ClassMethodContext m) {
            if (m.LPAREN() == null) {
                return incomplete(after(m.IDENTIFIER().getSymbol()), "MissingMethodParameterList");
            }
            if (m.RPAREN() == null) {
                return parameterListEnd(c, last, lastToken);
            }
            if (m.LCURLY() == null) {
                Token end = matched(c, BaseConstructorCallContext.class) ? lastToken(m.baseConstructorCall())
                        : m.RPAREN().getSymbol();
                return incomplete(after(end), "MissingFunctionBody");
            }
            return missingCurly(extent(m.LCURLY().getSymbol()));
        }
        ClassMemberContext member = (ClassMemberContext) c;
        if (!matched(c, ClassMethodContext.class) && !matched(c, ClassPropertyContext.class)) {
            return incomplete(after(lastNonNewline(last, lastToken)), "IncompleteMemberDefinition");
        }
        return null;
    }

    private ParseException typeError(ParserRuleContext c, ParseTree last, Token lastToken) {
        if ((isToken(last, LBRACKET) || isToken(last, ATTRIBUTE_LBRACKET)
                || isToken(last, PARAM_ATTRIBUTE_LBRACKET)) && !(c instanceof ArraySpecContext)) {
            return incomplete(after(lastToken), "MissingTypename");
        }
        if (isToken(last, COMMA) && c instanceof GenericArgumentsContext) {
            return incomplete(after(lastToken), "MissingTypename");
        }
        if (c instanceof TypeSpecContext || c instanceof ArraySpecContext || c instanceof GenericArgumentContext) {
            return null;
        }
        if (last instanceof AttributeArgumentsContext) {
            return incomplete(after(lastToken), "EndSquareBracketExpectedAtEndOfAttribute");
        }
        if (c instanceof GenericArgumentsContext) {
            return incomplete(before(offending), "EndSquareBracketExpectedAtEndOfAttribute");
        }
        return error(before(offending), "EndSquareBracketExpectedAtEndOfAttribute");
    }

    // ---- helpers ----

    private ParseException missingCurly(Extent lCurly) {
        return incompleteDetected(lCurly, "MissingEndCurlyBrace");
    }

    private ParseException unexpectedToken() {
        if (offending.getType() == Token.EOF) {
            return Errors.incomplete(extent(offending), offending.getStartIndex(), "UnexpectedToken", "");
        }
        return error(extent(offending), "UnexpectedToken", offending.getText());
    }

    private ParseException error(Extent extent, String id, Object... args) {
        return Errors.error(extent, id, args);
    }

    /** An error at {@code extent} that is incomplete input when the extent reaches the end of the script. */
    private ParseException incomplete(Extent extent, String id, Object... args) {
        return Errors.incomplete(extent, extent.endOffset(), id, args);
    }

    /** An error at the offending token's extent, incomplete when that is the end of the script. */
    private ParseException incompleteAt(Extent extent, String id, Object... args) {
        return Errors.incomplete(extent, Math.max(extent.endOffset(), offending.getStartIndex()), id, args);
    }

    /** An error at {@code extent} that is incomplete input when the unexpected token is at the end. */
    private ParseException incompleteDetected(Extent extent, String id, Object... args) {
        return Errors.incomplete(extent, offending.getStartIndex(), id, args);
    }

    /** A token's extent; pwsh's end-of-input token is one past the end of the script. */
    private Extent extent(Token token) {
        if (token.getType() == Token.EOF) {
            return source.extent(token.getStartIndex() + 1, token.getStartIndex() + 1);
        }
        return source.extent(token.getStartIndex(), Math.max(token.getStopIndex() + 1, token.getStartIndex()));
    }

    private Extent extent(ParserRuleContext ctx) {
        return extent(ctx.getStart()).to(extent(ctx.getStop()));
    }

    private Extent after(Token token) {
        int end = Math.max(token.getStopIndex() + 1, token.getStartIndex());
        return source.extent(end, end);
    }

    private Extent before(Token token) {
        int at = Math.max(extent(token).startOffset() - 1, 0);
        return source.extent(at, at);
    }

    /**
     * Whether a ';' or a line break follows the token: the input ended after a terminated member, where ANTLR's
     * prediction fails at the end of input without consuming the terminator.
     */
    private boolean isTerminatorNext(Token token) {
        String text = source.text();
        int i = token.getStopIndex() + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == ';' || text.charAt(i) == '\n' || text.charAt(i) == '\r');
    }

    private static boolean isToken(ParseTree tree, int type) {
        return tree instanceof TerminalNode t && t.getSymbol().getType() == type;
    }

    /** The last token matched in {@code tree}. */
    private static Token lastToken(ParseTree tree) {
        if (tree instanceof TerminalNode t) {
            return t.getSymbol();
        }
        ParserRuleContext rule = (ParserRuleContext) tree;
        for (int i = rule.getChildCount() - 1; i >= 0; i--) {
            Token token = lastToken(rule.getChild(i));
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    private static Token firstToken(ParserRuleContext c) {
        return c.getStart();
    }


    /** The last token of {@code last} that is not a newline (pwsh's positions skip the newlines it skipped). */
    private static Token lastNonNewline(ParseTree last, Token lastToken) {
        if (lastToken.getType() != NEWLINE || !(last instanceof TerminalNode t)) {
            return lastToken;
        }
        ParserRuleContext parent = (ParserRuleContext) t.getParent();
        for (int i = parent.getChildCount() - 1; i >= 0; i--) {
            Token token = lastToken(parent.getChild(i));
            if (token != null && token.getType() != NEWLINE) {
                return token;
            }
        }
        return lastToken;
    }

    private static Token previousNonNewline(ParserRuleContext c) {
        for (int i = c.getChildCount() - 1; i >= 0; i--) {
            Token token = lastToken(c.getChild(i));
            if (token != null && token.getType() != NEWLINE) {
                return token;
            }
        }
        return null;
    }

    /** The operator of a binary expression whose right operand is missing. */
    private static Token operatorBefore(ParserRuleContext c) {
        for (int i = c.getChildCount() - 1; i >= 0; i--) {
            ParseTree child = c.getChild(i);
            if (child instanceof TerminalNode t) {
                if (t.getSymbol().getType() != NEWLINE) {
                    return t.getSymbol();
                }
            } else {
                return null;
            }
        }
        return null;
    }

    private boolean pipeBefore(ParserRuleContext c) {
        Token token = previousNonNewline(c);
        return token != null && token.getType() == PIPE;
    }

    private static Token pipeToken(ParserRuleContext c) {
        Token token = previousNonNewline(c);
        return token == null ? lastToken(c) : token;
    }

    private Extent firstTokenOfType(ParserRuleContext c, int type) {
        Token token = firstTokenOfTypeToken(c, type);
        return extent(token == null ? c.getStart() : token);
    }

    private static Token firstTokenOfTypeToken(ParserRuleContext c, int type) {
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof TerminalNode t && t.getSymbol().getType() == type) {
                return t.getSymbol();
            }
        }
        return null;
    }

    private static boolean hasToken(ParserRuleContext c, int type) {
        return firstTokenOfTypeToken(c, type) != null;
    }

    private static boolean hasRule(ParserRuleContext c, Class<? extends ParserRuleContext> kind) {
        return matched(c, kind);
    }

    private static <T extends ParserRuleContext> T firstRule(ParserRuleContext c, Class<T> kind) {
        return matchedRule(c, kind);
    }
}
